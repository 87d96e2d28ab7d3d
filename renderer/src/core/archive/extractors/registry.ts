import type { Platform } from '../../model';
import { facebookAiChats } from './facebook/ai-chats';
import { facebookMembershipAnswers, facebookStoryReplies } from './facebook/answers';
import { facebookComments, facebookGroupActivity } from './facebook/comments';
import {
  facebookFollowing,
  facebookFriends,
  facebookGroupsJoined,
  facebookPagesLiked,
} from './facebook/connections';
import { facebookLinkHistory } from './facebook/link-history';
import { facebookMarketplaceListings } from './facebook/marketplace';
import { facebookEncryptedBackup, facebookMessages } from './facebook/messages';
import { facebookNotifications } from './facebook/notifications';
import {
  facebookMedia,
  facebookPostEdits,
  facebookPosts,
  facebookPostsElsewhere,
  facebookReels,
  facebookStories,
  facebookTimeline,
} from './facebook/posts';
import { facebookProfile } from './facebook/profile';
import { facebookReactions } from './facebook/reactions';
import { facebookSaved, facebookSearches } from './facebook/search-saved';
import {
  facebookAdInterests,
  facebookAdsInteracted,
  facebookAdvertisers,
  facebookOffMeta,
  facebookTopics,
} from './facebook/targeting';
import { facebookRecentlyViewed, facebookVisited } from './facebook/viewed';
import {
  instagramAdsViewed,
  instagramFollowers,
  instagramFollowing,
  instagramLikes,
  instagramLinkHistory,
  instagramReposts,
  instagramSaved,
  instagramSearches,
  instagramStoriesViewed,
  instagramStoryLikes,
  instagramViewed,
} from './instagram/activity';
import { instagramComments } from './instagram/comments';
import {
  instagramPosts,
  instagramProfilePhotos,
  instagramReels,
  instagramStories,
  instagramThreadsPosts,
} from './instagram/media';
import { instagramMessages } from './instagram/messages';
import { instagramNotes } from './instagram/notes';
import { instagramProfile } from './instagram/profile';
import { instagramStoryAnswers } from './instagram/story-answers';
import {
  instagramAdInterests,
  instagramAdvertisers,
  instagramOffMeta,
  instagramTopics,
} from './instagram/targeting';
import type { Extractor } from './types';

/** Every family of files Loupe reads. The first extractor of the entry's platform whose pattern matches wins. */
export const EXTRACTORS: readonly Extractor[] = [
  instagramProfile,
  instagramPosts,
  instagramReels,
  instagramStories,
  instagramProfilePhotos,
  instagramThreadsPosts,
  instagramComments,
  instagramMessages,
  instagramStoryAnswers,
  instagramNotes,
  instagramLikes,
  instagramSaved,
  instagramViewed,
  instagramReposts,
  instagramStoriesViewed,
  instagramStoryLikes,
  instagramFollowing,
  instagramFollowers,
  instagramAdsViewed,
  instagramAdInterests,
  instagramAdvertisers,
  instagramTopics,
  instagramSearches,
  instagramOffMeta,
  instagramLinkHistory,
  facebookProfile,
  facebookPosts,
  facebookPostsElsewhere,
  facebookPostEdits,
  facebookTimeline,
  facebookMedia,
  facebookReels,
  facebookStories,
  facebookComments,
  facebookGroupActivity,
  facebookMessages,
  facebookAiChats,
  facebookEncryptedBackup,
  facebookStoryReplies,
  facebookMembershipAnswers,
  facebookMarketplaceListings,
  facebookReactions,
  facebookPagesLiked,
  facebookFollowing,
  facebookFriends,
  facebookGroupsJoined,
  facebookRecentlyViewed,
  facebookVisited,
  facebookNotifications,
  facebookSearches,
  facebookSaved,
  facebookAdInterests,
  facebookTopics,
  facebookAdvertisers,
  facebookAdsInteracted,
  facebookOffMeta,
  facebookLinkHistory,
];

export function extractorFor(platform: Platform, relKey: string): Extractor | null {
  return (
    EXTRACTORS.find(
      (extractor) => extractor.platform === platform && extractor.paths.some((p) => p.test(relKey)),
    ) ?? null
  );
}
