import type { Language } from './texts';

/** Localised labels the demo writes (string_map_data keys, label_values labels, HTML headings). */
export interface DemoLabels {
  readonly comment: string;
  readonly mediaOwner: string;
  readonly time: string;
  readonly author: string;
  readonly savedOn: string;
  readonly search: string;
  readonly name: string;
  readonly username: string;
  readonly caption: string;
  readonly url: string;
  readonly owner: string;
  readonly title: string;
  readonly bio: string;
  readonly participants: string;
  readonly reaction: string;
  readonly hashtags: string;
}

/**
 * French labels are the demo's best guess (archive-format.md §9.2: not observed yet). An importer should match
 * them through its own per-language table, with shape and position fallbacks.
 */
export const DEMO_LABELS: Readonly<Record<Language, DemoLabels>> = {
  en: {
    comment: 'Comment',
    mediaOwner: 'Media Owner',
    time: 'Time',
    author: 'Author',
    savedOn: 'Saved on',
    search: 'Search',
    name: 'Name',
    username: 'Username',
    caption: 'Caption',
    url: 'URL',
    owner: 'Owner',
    title: 'Title',
    bio: 'Bio',
    participants: 'Participants',
    reaction: 'Reaction',
    hashtags: 'Hashtags',
  },
  fr: {
    comment: 'Commentaire',
    mediaOwner: 'Propriétaire du contenu',
    time: 'Heure',
    author: 'Auteur',
    savedOn: 'Enregistré le',
    search: 'Recherche',
    name: 'Nom',
    username: 'Nom d’utilisateur',
    caption: 'Légende',
    url: 'URL',
    owner: 'Propriétaire',
    title: 'Titre',
    bio: 'Biographie',
    participants: 'Participants',
    reaction: 'Réaction',
    hashtags: 'Hashtags',
  },
};
