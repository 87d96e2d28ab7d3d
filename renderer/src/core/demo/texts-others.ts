import { en, fr, LOW_CREDIBILITY as LOW } from './texts';

/** Captions of other people's posts the owner liked, saved, viewed or was sent. */
export const FEED_CAPTIONS = [
  en('Golden hour at the harbour, no filter needed 🌅'),
  fr('Notre boulangerie fête ses 20 ans ! Merci à tous nos clients fidèles 🥐'),
  en(
    `SHOCKING: scientists admit the moon landing footage was shot in a studio ${LOW.fake3}/moon-studio-admitted`,
    'misleading',
  ),
  fr('Recette du week-end : tarte fine aux pommes et caramel au beurre salé.'),
  en(
    'You will not BELIEVE what happened next at this wedding 😱 https://tinyurl.com/wedding-shock-21',
    'misleading',
  ),
  fr('Ils nous envahissent et ils nous volent tout. Réveillez-vous avant qu’il soit trop tard.', 'divisive'),
  en(
    'New trail map for the national park is out, 40 km of new paths https://www.reuters.com/world/national-park-trails-2025',
  ),
  fr('Le festival de jazz revient en juillet, programmation complète sur le site.'),
  en('Real patriots know the other side wants to destroy everything we built. Choose your side.', 'divisive'),
  fr(
    `5G : ce que les opérateurs ne vous disent pas sur les ondes et votre cerveau ${LOW.conspiracy2}/5g-cerveau`,
    'misleading',
  ),
  en('Adopted this little guy from the shelter today, meet Biscuit 🐶'),
  fr(
    'Analyse : pourquoi les prix de l’énergie baissent cet hiver https://www.lemonde.fr/economie/article/2025/01/14/prix-energie-hiver',
  ),
  en('Our book club picked a 900-page novel. Send help.'),
  fr('Randonnée au col, 1200 m de dénivelé et une vue à couper le souffle.'),
] as const;

/** Posts other people wrote on the owner's Facebook timeline. */
export const TIMELINE_POSTS_BY_OTHERS = [
  fr('Joyeux anniversaire Camille ! On se voit vite pour fêter ça 🎉'),
  en('Thanks for the lift on Friday, I owe you a coffee!'),
  en(
    `Camille you need to see this, the elections were rigged, proof inside ${LOW.fake1}/election-rigged-proof`,
    'misleading',
  ),
  fr('Toi et tes amis gauchistes, vous êtes des traîtres. Personne ne vous regrettera.', 'divisive'),
] as const;

/** Titles of what the owner saw on Facebook (recently viewed). */
export const VIEWED_TITLES = [
  en('Local council approves new cycle lanes for the city centre'),
  fr('Les 10 plus beaux villages de France, le numéro 7 va vous surprendre'),
  en('Doctors HATE him: man cures everything with lemon water', 'misleading'),
  fr('Marché de Noël : les horaires et les nouveautés de cette année'),
  en('They are coming for your jobs, and the elites are helping them', 'divisive'),
  en('How to fix a squeaky door in two minutes'),
] as const;

/** What the owner typed into the search boxes. */
export const SEARCH_TERMS = {
  instagram: [
    fr('recette tarte citron'),
    fr('randonnée annecy'),
    fr('marie.dupont'),
    fr('chemtrails preuves', 'misleading'),
  ],
  facebook: [
    en('second hand cargo bike'),
    fr('bibliothèque horaires'),
    en('marc durand'),
    en('is the moon landing fake', 'misleading'),
  ],
} as const;
