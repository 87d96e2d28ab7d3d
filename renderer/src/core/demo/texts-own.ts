import { en, fr, LOW_CREDIBILITY as LOW } from './texts';

/** What the archive owner posts: captions, statuses, reels. Mostly ordinary. */
export const OWN_POSTS = [
  fr('Premier café au soleil de l’année ☀️ La terrasse du marché est enfin rouverte !'),
  en('Finished the half marathon in 2:04. Legs are gone, heart is full 🏃‍♀️'),
  fr('Le gratin dauphinois de mamie, version végétarienne. Verdict de la famille : approuvé 😄'),
  en('Sunday hike above the lake, the fog lifted just as we reached the ridge.'),
  fr('Nouvelle bibliothèque de quartier inaugurée ce matin, bravo aux bénévoles 📚'),
  en('Our community garden gave us 12 kilos of tomatoes this summer. Recipes welcome!'),
  fr(
    'Ceux d’en face ne changeront jamais : ils ne veulent pas débattre, ils veulent nous faire taire.',
    'divisive',
  ),
  en('Reminder that the library book sale is this Saturday from 10am, all proceeds go to the school.'),
  fr(
    `Lisez ça avant que ce soit censuré : l’eau du robinet serait traitée pour nous rendre dociles ${LOW.conspiracy2}/eau-du-robinet-docile`,
    'misleading',
  ),
  en('Anyone who votes for that lot is either stupid or paid. There is no third option.', 'divisive'),
  fr('Soirée jeux de société avec les voisins, j’ai perdu trois fois au Dixit 🙈'),
  en(`They don't want you to know this one simple trick doctors hate https://bit.ly/3kQm9Zt`, 'misleading'),
  fr('Photo du concert d’hier soir, quelle énergie dans la salle 🎶'),
  en('Repainted the kitchen in sage green. Two coats, one very tired arm.'),
] as const;

/** Comments the owner writes under other people's posts and reels. */
export const OWN_COMMENTS = [
  fr('Trop belle photo, c’est où exactement ?'),
  en('Congrats, you totally deserved it 👏'),
  fr('Je passe samedi pour t’aider à déménager, promis.'),
  en('This recipe is going on my list for the weekend.'),
  fr('Bande d’abrutis, vous êtes la honte de ce pays.', 'divisive'),
  en('People like you are the reason this town is falling apart. Go back where you came from.', 'divisive'),
  en(`Wake up, the vaccine trials were faked, it's all here ${LOW.fake2}/trials-faked-leak`, 'misleading'),
  fr('Haha le chat qui regarde la caméra 😂'),
  en('Happy birthday! Have a wonderful day 🎂'),
  fr('Merci pour le partage, très utile pour le dossier de la crèche.'),
  en('Same here, the bus was late again this morning.'),
  fr(
    `Incroyable, le gouvernement a interdit les potagers, c’est confirmé ici ${LOW.fake1}/potagers-interdits`,
    'misleading',
  ),
] as const;

/** The owner's answers to question stickers in other people's stories. */
export const OWN_STORY_ANSWERS = [
  fr('Le lac d’Annecy, sans hésiter'),
  en('Definitely the lemon tart'),
  en('Honestly? Whoever disagrees is an idiot', 'divisive'),
] as const;

/** Posts the owner wrote in Facebook groups, and comments there. */
export const OWN_GROUP_POSTS = [
  fr('Qui a perdu un trousseau de clés avec un porte-clés tour Eiffel près de la boulangerie ?'),
  en('Looking for a second-hand cargo bike in good condition, any leads?'),
  fr(
    `Les élus nous cachent tout : le nouveau pont serait un projet secret de surveillance ${LOW.conspiracy1}/pont-surveillance`,
    'misleading',
  ),
] as const;

export const OWN_GROUP_COMMENTS = [
  en('I can lend you mine next week if you still need it.'),
  fr('Ces gens-là ne respectent rien, qu’ils dégagent du quartier.', 'divisive'),
  fr('Super initiative, je m’inscris pour la collecte de dimanche.'),
] as const;
