/** Where each file lives in an FB-3 (2024–2026) Facebook export (archive-format.md §3.2, §6). */
export function facebookPaths(extension: 'json' | 'html') {
  const activity = 'your_facebook_activity';
  const file = (path: string): string => `${path}.${extension}`;
  return {
    posts: file(`${activity}/posts/your_posts__check_ins__photos_and_videos_1`),
    postMedia: (album: string, id: string): string => `${activity}/posts/media/${album}/${id}.jpg`,
    timelinePosts: file(`${activity}/posts/other_people's_posts_to_your_timeline`),
    comments: file(`${activity}/comments_and_reactions/comments`),
    reactions: file(`${activity}/comments_and_reactions/likes_and_reactions`),
    oldReactions: file(`${activity}/comments_and_reactions/likes_and_reactions_1`),
    groupPosts: file(`${activity}/groups/group_posts_and_comments`),
    groupComments: file(`${activity}/groups/your_comments_in_groups`),
    groupsJoined: file(`${activity}/groups/your_group_membership_activity`),
    thread: (section: string, folder: string, part = 1): string =>
      file(`${activity}/messages/${section}/${folder}/message_${part}`),
    pagesFollowed: file(`${activity}/pages/pages_and_profiles_you_follow`),
    peopleFollowed: file("connections/followers/who_you've_followed"),
    recentlyViewed: file('logged_information/interactions/recently_viewed'),
    searches: file('logged_information/search/your_search_history'),
    adInterests: file('logged_information/other_logged_information/ads_interests'),
    advertisers: file('ads_information/advertisers_using_your_activity_or_information'),
    adsClicked: file("ads_information/advertisers_you've_interacted_with"),
    otherCategories: file('ads_information/other_categories_used_to_reach_you'),
    offMeta: file('apps_and_websites_off_of_facebook/your_activity_off_meta_technologies'),
    profile: file('personal_information/profile_information/profile_information'),
    emptyCategory: `${activity}/facebook_gaming/no-data.txt`,
    /** The separate end-to-end-encrypted chat backup: one file per thread at its root. */
    e2eeThread: (threadName: string): string => `${threadName}_1.json`,
  };
}

export type FacebookPaths = ReturnType<typeof facebookPaths>;
