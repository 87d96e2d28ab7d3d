/** Varied, social-media-like English and French sentences (median about 25 tokens), from a fixed seed. */
const EN = {
  open: [
    'Honestly',
    'Wow',
    'lol',
    'Can’t believe',
    'Just saw that',
    'Reminder:',
    'BREAKING:',
    'Ok so',
    'Omg',
    'Real talk,',
  ],
  subject: [
    'the government',
    'my neighbour',
    'these politicians',
    'the media',
    'our team',
    'my sister',
    'the new mayor',
    'everyone online',
    'the school board',
    'big pharma',
  ],
  verb: [
    'is lying about',
    'just posted about',
    'keeps ignoring',
    'finally fixed',
    'won’t stop talking about',
    'is hiding the truth about',
    'made a great video on',
    'doesn’t care about',
    'was right about',
    'totally destroyed',
  ],
  object: [
    'the budget',
    'the vaccine',
    'the election',
    'climate change',
    'the new stadium',
    'our taxes',
    'the school lunches',
    'immigration',
    'the football match',
    'the price of bread',
  ],
  tail: [
    'and nobody talks about it',
    'share before they delete this!!',
    'what a day',
    'so proud of you',
    'you won’t believe what happened next',
    'wake up people',
    'this is insane',
    'happy Friday everyone',
    'unbelievable honestly',
    'thoughts?',
  ],
  extra: [
    '😂😂',
    '🙄',
    '❤️',
    '#truth',
    '#MondayMotivation',
    '@jane_doe',
    'https://bit.ly/3xYz',
    '👍',
    '!!!',
    '',
  ],
};
const FR = {
  open: [
    'Franchement',
    'Waouh',
    'mdr',
    'Incroyable,',
    'Je viens de voir que',
    'Rappel :',
    'URGENT :',
    'Bon alors',
    'Sérieux,',
    'Entre nous,',
  ],
  subject: [
    'le gouvernement',
    'mon voisin',
    'ces politiciens',
    'les médias',
    'notre équipe',
    'ma sœur',
    'le nouveau maire',
    'tout le monde',
    'la mairie',
    'les labos',
  ],
  verb: [
    'ment sur',
    'vient de parler de',
    'ignore encore',
    'a enfin réglé',
    'n’arrête pas de parler de',
    'nous cache la vérité sur',
    'a fait une super vidéo sur',
    'se fiche de',
    'avait raison sur',
    'a complètement raté',
  ],
  object: [
    'le budget',
    'le vaccin',
    'les élections',
    'le climat',
    'le nouveau stade',
    'nos impôts',
    'la cantine',
    'l’immigration',
    'le match de foot',
    'le prix du pain',
  ],
  tail: [
    'et personne n’en parle',
    'partagez avant qu’ils suppriment !!',
    'quelle journée',
    'trop fière de toi',
    'vous n’allez pas croire la suite',
    'réveillez-vous',
    'c’est n’importe quoi',
    'bon vendredi à tous',
    'hallucinant franchement',
    'vous en pensez quoi ?',
  ],
  extra: ['😂😂', '🙄', '❤️', '#vérité', '#lundi', '@marie_d', 'https://bit.ly/3xYz', '👍', '!!!', ''],
};

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function socialMediaTexts(count: number, seed = 7): string[] {
  const next = random(seed);
  const pick = (options: readonly string[]) => options[Math.floor(next() * options.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const words = i % 3 === 2 ? FR : EN;
    const parts = [pick(words.open), pick(words.subject), pick(words.verb), pick(words.object)];
    if (next() < 0.7) parts.push(pick(words.tail));
    if (next() < 0.75) parts.push(pick(words.subject), pick(words.verb), pick(words.object));
    parts.push(pick(words.extra));
    return parts.join(' ').trim();
  });
}
