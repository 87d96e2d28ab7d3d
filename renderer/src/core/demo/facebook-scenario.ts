import {
  AD_CATEGORIES,
  ADVERTISERS,
  FACEBOOK_GROUPS,
  FACEBOOK_PAGES,
  OFF_META_APPS,
  OWNER,
  PEOPLE,
  person,
  type Person,
} from './cast';
import type { Clock } from './clock';
import type { Random } from './random';
import {
  buildThread,
  yearMonth,
  type MediaRef,
  type OffMetaActivity,
  type Searched,
  type Seen,
  type Thread,
} from './scenario-common';
import { E2EE_CONVERSATION, FACEBOOK_CONVERSATIONS } from './texts-conversations';
import { OWN_COMMENTS, OWN_GROUP_COMMENTS, OWN_GROUP_POSTS, OWN_POSTS } from './texts-own';
import { SEARCH_TERMS, TIMELINE_POSTS_BY_OTHERS, VIEWED_TITLES } from './texts-others';
import { linksIn } from './files';
import type { DemoText } from './texts';

export interface FacebookPost {
  readonly text: DemoText;
  readonly at: number;
  /** The first link of the text, also attached as `external_context`. */
  readonly link: string | null;
  readonly media: readonly MediaRef[];
}
export interface WrittenBy {
  readonly author: Person;
  readonly text: DemoText;
  readonly at: number;
}
export interface InGroup {
  readonly group: string;
  readonly text: DemoText;
  readonly at: number;
}
export interface Reaction {
  readonly author: Person;
  readonly url: string;
  readonly at: number;
}

export interface FacebookScenario {
  readonly owner: Person;
  readonly posts: readonly FacebookPost[];
  readonly timelinePosts: readonly WrittenBy[];
  /** `author` is whose post the owner commented on. */
  readonly comments: readonly WrittenBy[];
  readonly groupPosts: readonly InGroup[];
  readonly groupComments: readonly InGroup[];
  readonly threads: readonly Thread[];
  /** The folder of the thread whose message_1.json and message_2.json go to different parts. */
  readonly splitThreadFolder: string;
  readonly e2ee: Thread;
  readonly reactions: readonly Reaction[];
  readonly oldReactions: readonly Reaction[];
  readonly recentlyViewed: readonly { readonly title: DemoText; readonly url: string; readonly at: number }[];
  readonly pagesFollowed: readonly Seen[];
  readonly peopleFollowed: readonly Seen[];
  readonly groupsJoined: readonly Seen[];
  readonly adInterests: readonly string[];
  readonly otherCategories: readonly string[];
  readonly advertisers: readonly string[];
  readonly adsClicked: readonly { readonly title: string; readonly at: number }[];
  readonly offMeta: readonly OffMetaActivity[];
  readonly searches: readonly Searched[];
}

const FRIENDS: readonly Person[] = [
  PEOPLE.marc,
  PEOPLE.nadia,
  PEOPLE.pierre,
  PEOPLE.jenny,
  PEOPLE.eloise,
  PEOPLE.marie,
];

export function buildFacebookScenario(random: Random, clock: Clock): FacebookScenario {
  const timed = <T>(values: readonly T[]) => {
    const times = clock.spread(values.length);
    return values.map((value, index) => ({ value, at: times[index] as number }));
  };
  const friend = () => random.pick(FRIENDS);
  const postUrl = (author: Person) =>
    `https://www.facebook.com/${author.username}/posts/pfbid0${random.token(30)}`;
  const posts = timed(OWN_POSTS.slice(3)).map(({ value, at }, index): FacebookPost => ({
    text: value,
    at,
    link: linksIn(value.text)[0] ?? null,
    media:
      index % 4 === 0
        ? [
            {
              uri: `your_facebook_activity/posts/media/Timelinephotos_${yearMonth(at)}/${random.digits(17)}.jpg`,
              at,
            },
          ]
        : [],
  }));
  const conversations = FACEBOOK_CONVERSATIONS;
  const marc = buildThread(random, clock, conversations.marc, 'inbox', OWNER);
  const e2ee = buildThread(random, clock, E2EE_CONVERSATION, 'e2ee', OWNER);
  const groupTime = (entries: readonly DemoText[]) =>
    timed(entries).map(({ value, at }) => ({ group: random.pick(FACEBOOK_GROUPS), text: value, at }));
  return {
    owner: OWNER,
    posts,
    timelinePosts: timed(TIMELINE_POSTS_BY_OTHERS).map(({ value, at }) => ({
      author: friend(),
      text: value,
      at,
    })),
    comments: timed(OWN_COMMENTS.slice(4)).map(({ value, at }) => ({ author: friend(), text: value, at })),
    groupPosts: groupTime(OWN_GROUP_POSTS),
    groupComments: groupTime(OWN_GROUP_COMMENTS),
    threads: [
      marc,
      buildThread(random, clock, conversations.family, 'inbox', OWNER),
      buildThread(random, clock, conversations.jenny, 'archived_threads', OWNER),
      buildThread(random, clock, conversations.crypto, 'filtered_threads', OWNER),
      buildThread(random, clock, conversations.sam, 'message_requests', OWNER),
    ],
    splitThreadFolder: marc.folder,
    e2ee,
    reactions: timed(FRIENDS.slice(0, 4)).map(({ value, at }) => ({
      author: value,
      url: postUrl(value),
      at,
    })),
    oldReactions: timed(FRIENDS.slice(4)).map(({ value, at }) => ({ author: value, url: '', at })),
    recentlyViewed: timed(VIEWED_TITLES).map(({ value, at }) => ({
      title: value,
      url: `https://www.facebook.com/watch/?v=${random.digits(16)}`,
      at,
    })),
    pagesFollowed: timed(FACEBOOK_PAGES).map(({ value, at }) => ({ account: value, at })),
    peopleFollowed: timed([PEOPLE.marc.name, PEOPLE.jenny.name, person('patriot').name]).map(
      ({ value, at }) => ({
        account: value,
        at,
      }),
    ),
    groupsJoined: timed(FACEBOOK_GROUPS).map(({ value, at }) => ({ account: value, at })),
    adInterests: ['Cycling', 'Vegetarian cuisine', 'Hiking', 'Board games', 'Local news'],
    otherCategories: AD_CATEGORIES.slice(2),
    advertisers: ADVERTISERS,
    adsClicked: timed(['Greenleaf Bikes – Spring sale', 'QuickLoans Express: cash in 10 minutes']).map(
      ({ value, at }) => ({
        title: value,
        at,
      }),
    ),
    offMeta: OFF_META_APPS.map((app) => {
      const times = clock.spread(app.events.length);
      return {
        name: app.name,
        events: app.events.map((type, index) => ({
          id: random.digits(15),
          type,
          at: times[index] as number,
        })),
      };
    }),
    searches: timed(SEARCH_TERMS.facebook).map(({ value, at }) => ({ term: value, at })),
  };
}
