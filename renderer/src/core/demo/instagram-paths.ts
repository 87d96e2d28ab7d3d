export type InstagramLayout = 'IG-2' | 'IG-3';

/** Where each file lives in an Instagram export of the given generation (archive-format.md §3.1, §5). */
export function instagramPaths(layout: InstagramLayout, extension: 'json' | 'html') {
  const activity = 'your_instagram_activity';
  const content = layout === 'IG-3' ? `${activity}/media` : `${activity}/content`;
  const story =
    layout === 'IG-3' ? `${activity}/story_interactions` : `${activity}/story_sticker_interactions`;
  const file = (path: string): string => `${path}.${extension}`;
  return {
    posts: file(`${content}/posts_1`),
    reels: file(`${content}/reels`),
    stories: file(`${content}/stories`),
    postComments: file(`${activity}/comments/post_comments_1`),
    reelComments: file(`${activity}/comments/reels_comments`),
    thread: (section: string, folder: string): string =>
      file(`${activity}/messages/${section}/${folder}/message_1`),
    threadPhoto: (section: string, folder: string, id: string): string =>
      `${activity}/messages/${section}/${folder}/photos/${id}.jpg`,
    liked: file(`${activity}/likes/liked_posts`),
    saved: file(`${activity}/saved/saved_posts`),
    storiesViewed: file(`${story}/stories_viewed`),
    storyLikes: file(`${story}/story_likes`),
    questions: file(`${story}/questions`),
    postsViewed: file('ads_information/ads_and_topics/posts_viewed'),
    videosWatched: file('ads_information/ads_and_topics/videos_watched'),
    adsViewed: file('ads_information/ads_and_topics/ads_viewed'),
    adCategories: file('ads_information/instagram_ads_and_businesses/other_categories_used_to_reach_you'),
    advertisers: file(
      'ads_information/instagram_ads_and_businesses/advertisers_using_your_activity_or_information',
    ),
    following: file('connections/followers_and_following/following'),
    followers: file('connections/followers_and_following/followers_1'),
    yourTopics: file('preferences/your_topics/your_topics'),
    recommendedTopics: file('preferences/your_topics/recommended_topics'),
    keywordSearches: file('logged_information/recent_searches/word_or_phrase_searches'),
    profileSearches: file('logged_information/recent_searches/profile_searches'),
    offMeta: file('apps_and_websites_off_of_instagram/apps_and_websites/your_activity_off_meta_technologies'),
    profile: file('personal_information/personal_information/personal_information'),
    emptyCategory: `${activity}/events/no-data.txt`,
  };
}

/**
 * Which files carry the 2026 `label_values` shape (with the post's caption). IG-3 mixes shapes, as exports did
 * while Meta switched file by file: liked posts and stories viewed are new, saved posts keep `saved_saved_media`.
 */
export function labelValuesFiles(layout: InstagramLayout) {
  return { liked: layout === 'IG-3', saved: false, storiesViewed: layout === 'IG-3' };
}

export type InstagramPaths = ReturnType<typeof instagramPaths>;

export const NO_DATA_TEXT = 'You have no data in this section';
