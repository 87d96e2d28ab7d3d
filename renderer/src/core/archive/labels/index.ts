import { foldKey } from '../text';
import { LABELS_EN } from './en';
import { LABELS_FR } from './fr';
import { LABEL_FIELDS, type LabelField, type LabelTable } from './types';

export { LABEL_FIELDS, type LabelField, type LabelTable } from './types';
export { LABELS_EN } from './en';
export { LABELS_FR } from './fr';

/** Every account language Loupe reads; add a table here to support one more. */
export const LABEL_TABLES: Readonly<Record<string, LabelTable>> = { en: LABELS_EN, fr: LABELS_FR };

const FIELD_OF_LABEL = new Map<string, LabelField>();
for (const table of Object.values(LABEL_TABLES)) {
  for (const field of LABEL_FIELDS) {
    for (const label of table[field])
      if (!FIELD_OF_LABEL.has(foldKey(label))) FIELD_OF_LABEL.set(foldKey(label), field);
  }
}

/** The field a localised label stands for, in any known language, or null. */
export function fieldOfLabel(label: string): LabelField | null {
  return FIELD_OF_LABEL.get(foldKey(label)) ?? null;
}

/** Sentences and markers in Meta's wording, per language (HTML headings, system messages). */
export const PHRASES = {
  participants: ['Participants:', 'Participants :'],
  /** "<Owner> became a member of <Group>." and the like: the group is the first capture. */
  groupJoined: [/(?:became a member of|joined|est devenue? membre de|a rejoint(?: le groupe)?) (.+?)\.?$/i],
  /** "<Owner> commented on a post in <Group>." / "... a commenté une publication dans <Groupe>." */
  groupActivity: [/ (?:in|dans) (.+?)\.?$/i],
  /** Words that every system line below contains; texts without any skip the patterns. */
  systemMarkers: [
    'left the',
    'named the group',
    'changed the group',
    'to the group',
    'a message',
    'your message',
    'sent an attachment',
    'a quitté',
    'a nommé',
    'a changé',
    'un message',
    'votre message',
    'pièce jointe',
    'sent a',
    'call',
    'messenger',
    'a envoyé',
    'appel',
  ],
  systemMessage: [
    /^(.+ )?(left the (group|chat|conversation)|named the group|changed the group photo|added .+ to the group)/i,
    /^(liked a message|reacted .+ to your message|.+ sent an attachment\.?)$/i,
    /^(.+ )?(a quitté (le groupe|la conversation|la discussion)|a nommé le groupe|a changé la photo du groupe)/i,
    /^(a aimé un message|a réagi .+ à votre message|.+ a envoyé une pièce jointe\.?)$/i,
    /^.+ sent (a|an) (photo|video|sticker|gif|link|voice message|attachment)\.?$/i,
    /^(.+ )?(missed (your|a) (video )?call|called you|started a (video )?call|the (video )?call ended|you called .+)\.?$/i,
    /^(you are now connected on messenger|say hi to your new facebook friend.*)\.?$/i,
    /^.+ a envoyé (une photo|une vidéo|un autocollant|un gif|un lien|un message vocal)\.?$/i,
    /^(.+ )?(a manqué (votre|un) appel|vous a appelée?|l[’']appel (vidéo )?est terminé)\.?$/i,
  ],
} as const;

/** The first capture of the first pattern that matches `text`, or null. */
export function firstCapture(patterns: readonly RegExp[], text: string | null): string | null {
  if (!text) return null;
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match?.[1]) return match[1];
  }
  return null;
}
