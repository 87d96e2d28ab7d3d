/** A person or account appearing in the demo. Every name is invented. */
export interface Person {
  readonly name: string;
  readonly username: string;
}

export const OWNER: Person = { name: 'Camille Lefèvre', username: 'camille.lefevre' };

export const PEOPLE = {
  marie: { name: 'Marie Dupont', username: 'marie.dupont' },
  tom: { name: 'Tom Baker', username: 'tom_baker88' },
  jules: { name: 'Jules Moreau', username: 'jules.moreau' },
  eloise: { name: 'Éloïse Martin', username: 'eloise.martin' },
  sarah: { name: 'Sarah Lee', username: 'sarah.k.lee' },
  truth: { name: 'Truth Seeker', username: 'truthseeker_77' },
  marc: { name: 'Marc Durand', username: 'marc.durand.12' },
  nadia: { name: 'Nadia Benali', username: 'nadia.benali' },
  pierre: { name: 'Pierre Lambert', username: 'pierre.lambert' },
  jenny: { name: "Jenny O'Connor", username: 'jenny.oconnor' },
  sam: { name: 'Sam Whitfield', username: 'sam.whitfield.9' },
  crypto: { name: 'Crypto Gains Official', username: 'cryptogains.official' },
  bakery: { name: 'Boulangerie du Marché', username: 'boulangerie.dumarche' },
  hiking: { name: 'Hiking the Alps', username: 'hikingthealps' },
  patriot: { name: 'Patriot Voice Daily', username: 'patriot.voice.daily' },
  zoe: { name: 'Zoë Carter', username: 'zoe.carter' },
  lucas: { name: 'Lucas Girard', username: 'lucas.girard' },
} as const satisfies Record<string, Person>;

export type PersonKey = keyof typeof PEOPLE | 'owner';

export const person = (key: PersonKey): Person => (key === 'owner' ? OWNER : PEOPLE[key]);

/** Accounts whose posts fill the owner's feed (liked, saved, viewed). */
export const FEED_ACCOUNTS: readonly PersonKey[] = [
  'bakery',
  'hiking',
  'patriot',
  'zoe',
  'lucas',
  'marie',
  'sarah',
  'tom',
];

export const FACEBOOK_GROUPS = [
  'Entraide Quartier Saint-Michel',
  'Cargo Bikes Europe',
  'Les Randonneurs du Dimanche',
];

export const FACEBOOK_PAGES = [
  'Le Petit Journal du Quartier',
  'Patriot Voice Daily',
  'Médiathèque Municipale',
  'Alpine Trails',
];

export const ADVERTISERS = ['Décathlon Demo', 'Greenleaf Bikes', 'Maison Lumière', 'QuickLoans Express'];

export const AD_CATEGORIES = [
  'Randonnée',
  'Cuisine végétarienne',
  'Vélos cargo',
  'Politique',
  'Théories alternatives',
];

export const TOPICS = {
  yours: ['Randonnée', 'Recettes', 'Jeux de société', 'Actualités locales'],
  recommended: ['Vélo', 'Jardinage', 'Complots et mystères'],
};

export const OFF_META_APPS = [
  { name: 'greenleafbikes.example', events: ['PAGE_VIEW', 'ADD_TO_CART'] },
  { name: 'Recettes Faciles App', events: ['ACTIVATE_APP'] },
  { name: 'dailytruthnews.example', events: ['PAGE_VIEW', 'PAGE_VIEW'] },
] as const;
