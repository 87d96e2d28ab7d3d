import type { PersonKey } from './cast';
import { en, fr, LOW_CREDIBILITY as LOW, type DemoText } from './texts';

/** One message: a text, or a post shared into the thread (its caption and link). */
export interface ScriptLine {
  readonly from: PersonKey;
  readonly text?: DemoText;
  readonly share?: { readonly caption: DemoText; readonly link: string; readonly owner: PersonKey };
}

export interface ConversationScript {
  /** Group threads have a title; one-to-one threads are named after the other person. */
  readonly groupTitle?: string;
  readonly people: readonly PersonKey[];
  /** Oldest first, as people read them (the JSON files list them newest first). */
  readonly lines: readonly ScriptLine[];
}

const say = (from: PersonKey, text: DemoText): ScriptLine => ({ from, text });

export const INSTAGRAM_CONVERSATIONS = {
  marie: {
    people: ['marie'],
    lines: [
      say('marie', fr('Coucou ! Tu viens toujours au marché samedi ?')),
      say('owner', fr('Oui ! Je ramène des tomates du jardin 🍅')),
      say('marie', fr('Génial, j’apporte le pain.')),
      {
        from: 'marie',
        share: {
          caption: fr(
            `Ils ajoutent des puces dans les baguettes pour nous pister 😱 ${LOW.fake3}/puces-baguettes`,
            'misleading',
          ),
          link: 'https://www.instagram.com/p/C7xKqLmNa2B/',
          owner: 'patriot',
        },
      },
      say('owner', fr('Euh… c’est n’importe quoi ce compte, regarde la source.')),
      say('marie', fr('Haha oui je me disais aussi 😅')),
    ],
  },
  tom: {
    people: ['tom'],
    lines: [
      say('tom', en('Did you watch the debate last night?')),
      say('owner', en('Only the end. It was a mess.')),
      say('tom', en('Honestly those people are vermin, every single one of them.', 'divisive')),
      say('owner', en("Come on Tom, that's too far.")),
      say('tom', en('Fine, fine. Pub quiz on Thursday?')),
      say('owner', en('Count me in 🍻')),
    ],
  },
  hikers: {
    groupTitle: 'Rando du dimanche 🥾',
    people: ['marie', 'jules', 'eloise'],
    lines: [
      say('jules', fr('Départ 8h au parking du lac, ça vous va ?')),
      say('eloise', fr('Parfait pour moi, je prends le thermos.')),
      say('owner', fr('Je serai là ! Quelqu’un a des bâtons en trop ?')),
      say('marie', fr('J’en ai deux paires, je te les prête.')),
      say('jules', fr('La météo annonce du soleil l’après-midi ☀️')),
    ],
  },
  sarah: {
    people: ['sarah'],
    lines: [
      say('sarah', en('Look at this lovely bakery I found on my trip!')),
      {
        from: 'sarah',
        share: {
          caption: en('Fresh croissants every morning from 7am, come say hi 🥐'),
          link: 'https://www.instagram.com/p/C9bTzW3oP1d/',
          owner: 'bakery',
        },
      },
      say('owner', en('Oh I know them, best croissants in town!')),
      {
        from: 'owner',
        share: {
          caption: en(
            'Clickbait alert: 7 foods that secretly melt belly fat, number 4 is insane https://bit.ly/belly-fat-7',
            'misleading',
          ),
          link: 'https://www.instagram.com/reel/C8aQwErTy9U/',
          owner: 'lucas',
        },
      },
      say('sarah', en('Haha who even believes these')),
    ],
  },
  truthRequest: {
    people: ['truth'],
    lines: [
      say(
        'truth',
        en(
          `Hi! The media is hiding the truth about the floods, they were created by weather machines ${LOW.conspiracy1}/weather-machines`,
          'misleading',
        ),
      ),
      say('truth', en('Share before they delete it!!! https://bit.ly/3WeAtHr', 'misleading')),
    ],
  },
} as const satisfies Record<string, ConversationScript>;

export const FACEBOOK_CONVERSATIONS = {
  /** Long enough to be split across message_1.json and message_2.json. */
  marc: {
    people: ['marc'],
    lines: [
      say('marc', fr('Salut Camille, tu as reçu le devis pour la toiture ?')),
      say('owner', fr('Pas encore, je relance l’artisan demain.')),
      say('marc', fr('Ok, tiens-moi au courant.')),
      say('owner', fr('Il vient jeudi finalement.')),
      say('marc', fr('Super, je serai là vers 10h.')),
      say('marc', fr('Au fait, tu as vu les nouvelles sur les impôts ?')),
      say('owner', fr('Oui, rien de dramatique pour nous.')),
      say(
        'marc',
        fr(
          `Pas d’après ce site, ils vont tout taxer à 90% dès janvier ${LOW.fake1}/impots-90-pourcent`,
          'misleading',
        ),
      ),
      say(
        'owner',
        fr(
          'Marc, ce site invente tout, regarde plutôt ici https://www.francetvinfo.fr/economie/impots/budget-2026-ce-qui-change',
        ),
      ),
      say('marc', fr('Ah oui, tu as raison. Merci !')),
    ],
  },
  family: {
    groupTitle: 'Famille 🏡',
    people: ['pierre', 'nadia'],
    lines: [
      say('pierre', fr('Qui s’occupe du dessert dimanche ?')),
      say('nadia', fr('Moi ! Tarte au citron.')),
      say('owner', fr('Je prends le fromage alors 🧀')),
      say('pierre', fr('Parfait, à dimanche tout le monde.')),
    ],
  },
  jenny: {
    people: ['jenny'],
    lines: [
      say('jenny', en('Are you still selling the bookshelf?')),
      say('owner', en('Yes! 30 euros and it is yours.')),
      say('jenny', en('Deal, I can pick it up on Saturday.')),
    ],
  },
  crypto: {
    people: ['crypto'],
    lines: [
      say(
        'crypto',
        en(
          'Congratulations! You have been selected to TRIPLE your savings in 48 hours. Claim now https://tinyurl.com/triple-savings-now',
          'misleading',
        ),
      ),
    ],
  },
  sam: {
    people: ['sam'],
    lines: [
      say(
        'sam',
        en(
          'Saw your comment on the council page. People like you are traitors and should be ashamed.',
          'divisive',
        ),
      ),
      say('sam', en('Your kind is ruining this country.', 'divisive')),
    ],
  },
} as const satisfies Record<string, ConversationScript>;

/** The end-to-end-encrypted Messenger chat, exported separately in its camelCase shape. */
export const E2EE_CONVERSATION: ConversationScript = {
  people: ['nadia'],
  lines: [
    say('nadia', fr('Tu as pu récupérer les clés chez la voisine ?')),
    say('owner', fr('Oui, tout est bon, merci encore !')),
    say('nadia', en('By the way the meetup moved to 7pm.')),
    say('owner', en('Got it, see you there.')),
  ],
};
