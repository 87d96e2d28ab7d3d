import { activityExtractor } from '../shared/activity-extractor';
import { suffix } from '../types';

const EXT = '\\.(?:json|html)';

export const instagramLikes = activityExtractor({
  id: 'instagram.likes',
  platform: 'instagram',
  paths: [suffix(`likes/(?:liked_posts|liked_comments)${EXT}`, `threads/liked_threads${EXT}`)],
  keys: ['likes_media_likes', 'likes_comment_likes', 'text_post_app_media_likes'],
  kind: 'liked',
  seenItem: 'post',
});

export const instagramSaved = activityExtractor({
  id: 'instagram.saved',
  platform: 'instagram',
  paths: [suffix(`saved/saved_posts${EXT}`)],
  keys: ['saved_saved_media'],
  kind: 'saved',
  seenItem: 'post',
});

export const instagramViewed = activityExtractor({
  id: 'instagram.viewed',
  platform: 'instagram',
  paths: [
    suffix(
      `ads_and_topics/(?:posts_viewed|videos_watched|suggested_(?:profiles|accounts)_viewed|(?:posts|profiles|accounts)_you_re_not_interested_in)${EXT}`,
    ),
    suffix(`threads/threads_viewed${EXT}`),
  ],
  keys: [
    'impressions_history_posts_seen',
    'impressions_history_videos_watched',
    'impressions_history_chaining_seen',
    'text_post_app_text_post_app_posts_seen',
    'impressions_history_posts_not_interested',
    'impressions_history_recs_hidden_authors',
  ],
  kind: 'viewed',
  seenItem: 'post',
});

/** Posts the owner reposted (`profile_media_reposts`: owner in `title`, the post's text in "Text"). */
export const instagramReposts = activityExtractor({
  id: 'instagram.reposts',
  platform: 'instagram',
  paths: [suffix(`personal_information/reposts${EXT}`, `(?:content|media)/reposts${EXT}`)],
  keys: ['profile_media_reposts'],
  kind: 'viewed',
  seenItem: 'post',
});

export const instagramStoriesViewed = activityExtractor({
  id: 'instagram.stories_viewed',
  platform: 'instagram',
  paths: [suffix(`story_(?:sticker_)?interactions/stories_viewed${EXT}`)],
  kind: 'viewed',
  seenItem: 'story',
});

export const instagramStoryLikes = activityExtractor({
  id: 'instagram.story_likes',
  platform: 'instagram',
  paths: [
    suffix(
      `story_(?:sticker_)?interactions/(?:story_likes|emoji_story_reactions|avatar_story_reactions|story_reaction_sticker_reactions)${EXT}`,
    ),
  ],
  keys: ['story_activities_story_likes', 'story_activities_emoji_quick_reactions'],
  kind: 'liked',
});

export const instagramFollowing = activityExtractor({
  id: 'instagram.following',
  platform: 'instagram',
  paths: [
    suffix(`followers_and_following/(?:following|following_hashtags)${EXT}`, `threads/following${EXT}`),
  ],
  keys: [
    'relationships_following',
    'relationships_following_hashtags',
    'text_post_app_text_post_app_following',
  ],
  kind: 'followed',
});

export const instagramFollowers = activityExtractor({
  id: 'instagram.followers',
  platform: 'instagram',
  paths: [suffix(`followers_and_following/followers(?:_\\d+)?${EXT}`, `threads/followers${EXT}`)],
  keys: ['relationships_followers', 'text_post_app_text_post_app_followers'],
  kind: 'follower',
});

export const instagramAdsViewed = activityExtractor({
  id: 'instagram.ads_viewed',
  platform: 'instagram',
  paths: [suffix(`ads_and_topics/(?:ads_viewed|ads_clicked)${EXT}`)],
  keys: ['impressions_history_ads_seen', 'impressions_history_ads_clicked'],
  kind: 'ad_viewed',
});

export const instagramSearches = activityExtractor({
  id: 'instagram.searches',
  platform: 'instagram',
  paths: [suffix(`recent_searches/(?:profile|account|word_or_phrase|tag|keyword)_searches${EXT}`)],
  keys: ['searches_user', 'searches_keyword', 'searches_hashtag'],
  kind: 'search',
  termIsLabel: true,
  ownItem: 'search',
});

export const instagramLinkHistory = activityExtractor({
  id: 'instagram.link_history',
  platform: 'instagram',
  paths: [suffix(`link_history/link_history${EXT}`)],
  kind: 'viewed',
});
