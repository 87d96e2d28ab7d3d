import { metaJson, ms, sec, type Files } from './builders';

export const OWNER = { name: 'Zoé Martin', username: 'zoe.martin' };

/** An IG-2 (2024) Instagram JSON export with every family of files, in the ≤2025 shapes. */
export function instagramJsonExport(root = 'your_instagram_activity/'): Files {
  return {
    'personal_information/personal_information/personal_information.json': metaJson({
      profile_user: [
        {
          media_map_data: {},
          string_map_data: {
            Username: { href: '', value: OWNER.username, timestamp: 0 },
            Name: { href: '', value: OWNER.name, timestamp: 0 },
          },
        },
      ],
    }),
    [`${root}content/posts_1.json`]: metaJson([
      {
        media: [
          { uri: 'media/posts/202401/a.jpg', creation_timestamp: sec('2024-01-02T10:00:00Z'), title: '' },
        ],
        title: 'Deux photos du marché, été génial ☀️',
        creation_timestamp: sec('2024-01-02T10:00:00Z'),
      },
      {
        media: [
          {
            uri: 'media/posts/202402/b.jpg',
            creation_timestamp: sec('2024-02-03T11:00:00Z'),
            title: 'Single caption https://example.org/a.',
          },
        ],
      },
    ]),
    [`${root}content/reels.json`]: metaJson({
      ig_reels_media: [
        {
          media: [
            {
              uri: 'media/reels/1.mp4',
              creation_timestamp: sec('2024-03-01T00:00:00Z'),
              title: 'My reel caption',
            },
          ],
        },
      ],
    }),
    [`${root}content/stories.json`]: metaJson({
      ig_stories: [
        { uri: 'media/stories/1.jpg', creation_timestamp: sec('2024-03-02T00:00:00Z'), title: 'Story text' },
        { uri: 'media/stories/2.jpg', creation_timestamp: sec('2024-03-03T00:00:00Z'), title: '' },
      ],
    }),
    [`${root}comments/post_comments_1.json`]: metaJson([
      {
        media_list_data: [{ uri: '' }],
        string_map_data: {
          Comment: { value: 'Tellement d’accord 👍' },
          'Media Owner': { value: 'friend.one' },
          Time: { timestamp: sec('2024-04-01T08:00:00Z') },
        },
      },
    ]),
    [`${root}comments/reels_comments.json`]: metaJson({
      comments_reels_comments: [
        {
          string_map_data: {
            Comment: { value: 'Great reel' },
            Time: { timestamp: sec('2024-04-02T08:00:00Z') },
          },
        },
      ],
    }),
    [`${root}messages/inbox/friendone_123/message_1.json`]: metaJson({
      participants: [{ name: 'Friend One' }, { name: OWNER.name }],
      messages: [
        {
          sender_name: 'Friend One',
          timestamp_ms: ms('2024-05-01T10:02:00Z'),
          content: 'Regarde ça',
          share: {
            link: 'https://www.instagram.com/p/xyz/',
            share_text: 'Shared caption by someone',
            original_content_owner: 'news.page',
          },
        },
        { sender_name: OWNER.name, timestamp_ms: ms('2024-05-01T10:01:00Z'), content: 'Salut, ça va ?' },
      ],
      title: 'Friend One',
      is_still_participant: true,
      thread_path: 'inbox/friendone_123',
      magic_words: [],
    }),
    [`${root}likes/liked_posts.json`]: metaJson({
      likes_media_likes: [
        {
          title: 'news.page',
          string_list_data: [
            { href: 'https://www.instagram.com/p/abc/', value: '👍', timestamp: sec('2024-06-01T00:00:00Z') },
          ],
        },
      ],
    }),
    [`${root}saved/saved_posts.json`]: metaJson({
      saved_saved_media: [
        {
          title: 'chef.anna',
          string_map_data: {
            'Saved on': { href: 'https://www.instagram.com/p/def/', timestamp: sec('2024-06-02T00:00:00Z') },
          },
        },
      ],
    }),
    'ads_information/ads_and_topics/posts_viewed.json': metaJson({
      impressions_history_posts_seen: [
        {
          string_map_data: {
            Author: { value: 'viewed.account' },
            Time: { timestamp: sec('2024-06-03T00:00:00Z') },
          },
        },
      ],
    }),
    'ads_information/ads_and_topics/videos_watched.json': metaJson({
      impressions_history_videos_watched: [
        {
          string_map_data: {
            Author: { value: 'video.account' },
            Time: { timestamp: sec('2024-06-04T00:00:00Z') },
          },
        },
      ],
    }),
    'ads_information/ads_and_topics/ads_viewed.json': metaJson({
      impressions_history_ads_seen: [
        {
          string_map_data: {
            Author: { value: 'Brand Shop' },
            Time: { timestamp: sec('2024-06-05T00:00:00Z') },
          },
        },
      ],
    }),
    'connections/followers_and_following/following.json': metaJson({
      relationships_following: [
        {
          title: '',
          string_list_data: [
            {
              href: 'https://www.instagram.com/followed.one',
              value: 'followed.one',
              timestamp: sec('2023-01-01T00:00:00Z'),
            },
          ],
        },
      ],
    }),
    'connections/followers_and_following/followers_1.json': metaJson([
      {
        title: '',
        media_list_data: [],
        string_list_data: [
          {
            href: 'https://www.instagram.com/fan.one',
            value: 'fan.one',
            timestamp: sec('2023-02-01T00:00:00Z'),
          },
        ],
      },
    ]),
    'ads_information/instagram_ads_and_businesses/other_categories_used_to_reach_you.json': metaJson({
      label_values: [{ label: 'Name', vec: [{ value: 'Politique' }, { value: 'Cuisine' }] }],
      fbid: '1',
    }),
    'ads_information/instagram_ads_and_businesses/advertisers_using_your_activity_or_information.json':
      metaJson({
        ig_custom_audiences_all_types: [
          {
            advertiser_name: 'Acme Corp',
            has_data_file_custom_audience: true,
            has_remarketing_custom_audience: false,
            has_in_person_store_visit: false,
          },
        ],
      }),
    'preferences/your_topics/your_topics.json': metaJson({
      topics_your_topics: [{ string_map_data: { Name: { value: 'Actualités' } } }],
    }),
    'logged_information/recent_searches/word_or_phrase_searches.json': metaJson({
      searches_keyword: [
        {
          string_map_data: {
            Search: { value: 'élections' },
            Time: { timestamp: sec('2024-06-06T00:00:00Z') },
          },
        },
      ],
    }),
    [`${root}story_sticker_interactions/polls.json`]: metaJson({
      story_activities_polls: [
        { title: 'poll.owner', string_list_data: [{ value: 'Oui', timestamp: sec('2024-06-07T00:00:00Z') }] },
      ],
    }),
    [`${root}story_sticker_interactions/story_likes.json`]: metaJson({
      story_activities_story_likes: [
        { title: 'story.owner', string_list_data: [{ timestamp: sec('2024-06-08T00:00:00Z') }] },
      ],
    }),
    'apps_and_websites_off_of_instagram/apps_and_websites/your_activity_off_meta_technologies.json': metaJson(
      {
        apps_and_websites_off_meta_activity: [
          {
            name: 'shop.example',
            events: [
              { id: 1, type: 'PURCHASE', timestamp: sec('2024-06-09T00:00:00Z') },
              { id: 2, type: 'VIEW', timestamp: sec('2024-06-10T00:00:00Z') },
            ],
          },
        ],
      },
    ),
    [`${root}threads/threads_and_replies.json`]: metaJson({
      text_post_app_text_posts: [
        { media: [{ title: 'A Threads post', creation_timestamp: sec('2024-06-11T00:00:00Z') }] },
      ],
    }),
    'media/posts/202401/a.jpg': new Uint8Array(2048),
    'media/posts/202402/b.jpg': new Uint8Array(1024),
    'security_and_login_information/login_and_profile_creation/login_activity.json': metaJson({
      account_history_login_history: [],
    }),
    [`${root}shopping/no-data.txt`]: 'You have no data in this section',
  };
}

/** 2026 shapes: `label_values` lists for liked/saved/stories viewed, usernames in `title`, new folders. */
export function instagram2026Files(): Files {
  const likedItem = (caption: string, username: string) => ({
    timestamp: sec('2026-04-01T00:00:00Z'),
    media: [],
    label_values: [
      { label: 'URL', value: 'https://www.instagram.com/p/new/', href: 'https://www.instagram.com/p/new/' },
      { label: 'Caption', value: caption },
      {
        title: 'Owner',
        dict: [
          {
            dict: [
              { label: 'URL', value: `https://www.instagram.com/${username}` },
              { label: 'Name', value: 'Owner Name' },
              { label: 'Username', value: username },
            ],
          },
        ],
      },
    ],
    fbid: '17900000',
  });
  return {
    'your_instagram_activity/media/posts_1.json': metaJson({
      media: [
        {
          uri: 'media/posts/202604/1.webp',
          creation_timestamp: sec('2026-04-02T00:00:00Z'),
          title: 'Post in the 2026 media folder',
        },
      ],
    }),
    'your_instagram_activity/likes/liked_posts.json': metaJson([
      likedItem('Ils vous mentent sur tout', 'truth.page'),
    ]),
    'your_instagram_activity/saved/saved_posts.json': metaJson([
      likedItem('Saved recipe caption', 'chef.anna'),
    ]),
    'your_instagram_activity/story_interactions/stories_viewed.json': metaJson([
      likedItem('Story caption seen', 'story.maker'),
    ]),
    'connections/followers_and_following/following.json': metaJson({
      relationships_following: [
        {
          title: 'new.follow',
          string_list_data: [
            { href: 'https://www.instagram.com/_u/new.follow', timestamp: sec('2026-01-01T00:00:00Z') },
          ],
        },
      ],
    }),
    'logged_information/recent_searches/profile_searches.json': metaJson({
      searches_user: [
        {
          title: 'searched.profile',
          string_list_data: [
            { href: 'https://www.instagram.com/searched.profile', timestamp: sec('2026-02-01T00:00:00Z') },
          ],
        },
      ],
    }),
    'logged_information/link_history/link_history.json': metaJson([
      {
        timestamp: sec('2026-02-02T00:00:00Z'),
        label_values: [
          { label: 'Website link that you visited', value: 'https://news.example/story' },
          { label: 'Title of website page that you visited', value: 'Breaking: shocking claim' },
        ],
      },
    ]),
  };
}

/** French account labels in `string_map_data`. */
export function instagramFrenchFiles(): Files {
  return {
    'your_instagram_activity/comments/post_comments_1.json': metaJson([
      {
        string_map_data: {
          Commentaire: { value: 'Quel scandale, franchement' },
          'Propriétaire du contenu multimédia': { value: 'media.owner' },
          Heure: { timestamp: sec('2024-07-01T12:00:00Z') },
        },
      },
    ]),
    'ads_information/ads_and_topics/posts_viewed.json': metaJson({
      impressions_history_posts_seen: [
        {
          string_map_data: {
            Auteur: { value: 'auteur.vu' },
            Heure: { timestamp: sec('2024-07-02T00:00:00Z') },
          },
        },
      ],
    }),
    'personal_information/personal_information/personal_information.json': metaJson({
      profile_user: [
        { string_map_data: { "Nom d'utilisateur": { value: 'zoe.martin' }, Nom: { value: OWNER.name } } },
      ],
    }),
  };
}
