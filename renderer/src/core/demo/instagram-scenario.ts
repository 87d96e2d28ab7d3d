import {
  AD_CATEGORIES,
  ADVERTISERS,
  FEED_ACCOUNTS,
  OFF_META_APPS,
  OWNER,
  person,
  TOPICS,
  type Person,
  type PersonKey,
} from './cast';
import type { Clock } from './clock';
import type { Random } from './random';
import {
  buildThread,
  yearMonth,
  type FeedPost,
  type OwnComment,
  type OwnMedia,
  type Searched,
  type Seen,
  type Thread,
  type OffMetaActivity,
} from './scenario-common';
import { INSTAGRAM_CONVERSATIONS } from './texts-conversations';
import { OWN_COMMENTS, OWN_POSTS, OWN_STORY_ANSWERS } from './texts-own';
import { FEED_CAPTIONS, SEARCH_TERMS } from './texts-others';
import type { DemoText } from './texts';

export interface InstagramScenario {
  readonly owner: Person;
  readonly posts: readonly OwnMedia[];
  readonly reels: readonly OwnMedia[];
  readonly stories: readonly OwnMedia[];
  readonly postComments: readonly OwnComment[];
  readonly reelComments: readonly OwnComment[];
  readonly threads: readonly Thread[];
  readonly liked: readonly FeedPost[];
  readonly saved: readonly FeedPost[];
  readonly storiesViewed: readonly FeedPost[];
  readonly storyLikes: readonly Seen[];
  readonly storyAnswers: readonly {
    readonly owner: string;
    readonly answer: DemoText;
    readonly at: number;
  }[];
  readonly postsViewed: readonly Seen[];
  readonly videosWatched: readonly Seen[];
  readonly adsViewed: readonly Seen[];
  readonly following: readonly Seen[];
  readonly followers: readonly Seen[];
  readonly adCategories: readonly string[];
  readonly advertisers: readonly string[];
  readonly yourTopics: readonly string[];
  readonly recommendedTopics: readonly string[];
  readonly keywordSearches: readonly Searched[];
  readonly profileSearches: readonly Searched[];
  readonly offMeta: readonly OffMetaActivity[];
}

export function buildInstagramScenario(random: Random, clock: Clock): InstagramScenario {
  const mediaId = (): string => random.digits(17);
  const ownMedia = (
    captions: readonly (DemoText | null)[],
    folder: string,
    extension: string,
    perPost = () => 1,
  ) => {
    const times = clock.spread(captions.length);
    return captions.map((caption, index): OwnMedia => {
      const at = times[index] as number;
      const count = perPost();
      return {
        caption,
        at,
        media: Array.from({ length: count }, () => ({
          uri: `media/${folder}/${yearMonth(at)}/${mediaId()}.${extension}`,
          at,
        })),
      };
    });
  };
  const posts = ownMedia(OWN_POSTS.slice(0, 7), 'posts', 'jpg', () => random.pick([1, 1, 2, 3]));
  const reels = ownMedia(OWN_POSTS.slice(7, 10), 'reels', 'mp4');
  const stories = ownMedia(
    [null, OWN_POSTS[10] as DemoText, null, OWN_POSTS[11] as DemoText],
    'stories',
    'jpg',
  );
  const feedAccount = () => person(random.pick(FEED_ACCOUNTS));
  const comments = (texts: readonly DemoText[]) => {
    const times = clock.spread(texts.length);
    return texts.map((text, index) => ({
      text,
      mediaOwner: feedAccount().username,
      at: times[index] as number,
    }));
  };
  const feed = (captions: readonly DemoText[], kind: 'p' | 'reel' | 'stories') => {
    const times = clock.spread(captions.length);
    return captions.map((caption, index): FeedPost => {
      const owner = feedAccount();
      const path =
        kind === 'stories' ? `stories/${owner.username}/${random.digits(19)}` : `${kind}/${random.token(11)}`;
      return { owner, url: `https://www.instagram.com/${path}/`, caption, at: times[index] as number };
    });
  };
  const seen = (count: number, recentDays?: number): Seen[] => {
    const times = recentDays ? [] : clock.spread(count);
    return Array.from({ length: count }, (_, index) => ({
      account: feedAccount().username,
      at: recentDays ? clock.recent(recentDays) : (times[index] as number),
    })).sort((a, b) => a.at - b.at);
  };
  const distinctAccounts = (keys: readonly PersonKey[]): Seen[] => {
    const times = clock.spread(keys.length);
    return keys.map((key, index) => ({ account: person(key).username, at: times[index] as number }));
  };
  const searches = (terms: readonly DemoText[]) => {
    const times = clock.spread(terms.length);
    return terms.map((term, index) => ({ term, at: times[index] as number }));
  };
  const conversations = INSTAGRAM_CONVERSATIONS;
  return {
    owner: OWNER,
    posts,
    reels,
    stories,
    postComments: comments(OWN_COMMENTS.slice(0, 8)),
    reelComments: comments(OWN_COMMENTS.slice(8, 11)),
    threads: [
      buildThread(random, clock, conversations.marie, 'inbox', OWNER),
      buildThread(random, clock, conversations.tom, 'inbox', OWNER),
      buildThread(random, clock, conversations.hikers, 'inbox', OWNER),
      buildThread(random, clock, conversations.sarah, 'inbox', OWNER),
      buildThread(random, clock, conversations.truthRequest, 'message_requests', OWNER),
    ],
    liked: feed(FEED_CAPTIONS.slice(0, 6), 'p'),
    saved: feed(FEED_CAPTIONS.slice(6, 10), 'p'),
    storiesViewed: feed(FEED_CAPTIONS.slice(10, 13), 'stories'),
    storyLikes: seen(3),
    storyAnswers: (() => {
      const times = clock.spread(OWN_STORY_ANSWERS.length);
      return OWN_STORY_ANSWERS.map((answer, index) => ({
        owner: feedAccount().username,
        answer,
        at: times[index] as number,
      }));
    })(),
    postsViewed: seen(8, 7),
    videosWatched: seen(5, 7),
    adsViewed: ADVERTISERS.map((advertiser) => ({ account: advertiser, at: clock.recent(30) })),
    following: distinctAccounts(FEED_ACCOUNTS.slice(0, 7)),
    followers: distinctAccounts(FEED_ACCOUNTS.slice(2)),
    adCategories: AD_CATEGORIES,
    advertisers: ADVERTISERS,
    yourTopics: TOPICS.yours,
    recommendedTopics: TOPICS.recommended,
    keywordSearches: searches(SEARCH_TERMS.instagram.filter((term) => !term.text.includes('.'))),
    profileSearches: searches(SEARCH_TERMS.instagram.filter((term) => term.text.includes('.'))),
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
  };
}
