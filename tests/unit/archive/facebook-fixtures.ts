import { metaJson, ms, sec, type Files } from './builders';

export const FB_OWNER = 'Léa Dubois';

const message = (sender: string, iso: string, content: string) => ({
  sender_name: sender,
  timestamp_ms: ms(iso),
  content,
  type: 'Generic',
});

/** An FB-3 (2024+) Facebook JSON export with every family of files. */
export function facebookJsonExport(act = 'your_facebook_activity/'): Files {
  const thread = (n: number, messages: unknown[]) =>
    metaJson({
      participants: [{ name: 'Marc Petit' }, { name: FB_OWNER }],
      messages,
      title: 'Marc Petit',
      thread_path: 'inbox/marcpetit_abc',
      magic_words: [],
    });
  return {
    'personal_information/profile_information/profile_information.json': metaJson({
      profile_v2: {
        name: { full_name: FB_OWNER, first_name: 'Léa', last_name: 'Dubois' },
        registration_timestamp: sec('2010-01-01T00:00:00Z'),
      },
    }),
    [`${act}posts/your_posts__check_ins__photos_and_videos_1.json`]: metaJson([
      {
        timestamp: sec('2024-01-05T09:00:00Z'),
        title: `${FB_OWNER} updated her status.`,
        data: [
          { post: 'Mon premier statut, très engagé !' },
          { update_timestamp: sec('2024-01-05T09:10:00Z') },
        ],
        attachments: [
          {
            data: [
              {
                external_context: {
                  name: 'Article title',
                  source: 'news',
                  url: 'https://news.example/article',
                },
              },
            ],
          },
        ],
      },
      {
        timestamp: sec('2024-01-06T09:00:00Z'),
        attachments: [
          {
            data: [
              {
                media: {
                  uri: 'your_facebook_activity/posts/media/a.jpg',
                  description: 'Photo caption',
                  creation_timestamp: sec('2024-01-06T09:00:00Z'),
                },
              },
            ],
          },
        ],
      },
    ]),
    [`${act}comments_and_reactions/comments.json`]: metaJson({
      comments_v2: [
        {
          timestamp: sec('2024-02-01T10:00:00Z'),
          title: `${FB_OWNER} commented on Marc Petit's post.`,
          data: [
            {
              comment: {
                timestamp: sec('2024-02-01T10:00:00Z'),
                comment: 'Complètement faux, lisez les sources',
                author: FB_OWNER,
              },
            },
          ],
        },
        {
          timestamp: sec('2024-02-02T10:00:00Z'),
          data: [
            {
              comment: {
                timestamp: sec('2024-02-02T10:00:00Z'),
                comment: 'In a group',
                author: FB_OWNER,
                group: 'Quartier Nord',
              },
            },
          ],
        },
      ],
    }),
    [`${act}comments_and_reactions/likes_and_reactions_1.json`]: metaJson([
      {
        timestamp: sec('2024-02-03T00:00:00Z'),
        title: `${FB_OWNER} likes Marc Petit's post.`,
        data: [{ reaction: { reaction: 'LIKE', actor: FB_OWNER } }],
      },
    ]),
    [`${act}comments_and_reactions/likes_and_reactions.json`]: metaJson([
      {
        timestamp: sec('2024-02-04T00:00:00Z'),
        label_values: [
          { label: 'Reaction', value: 'Love' },
          {
            label: 'URL',
            value: 'https://www.facebook.com/story/1',
            href: 'https://www.facebook.com/story/1',
          },
          { title: 'Author', dict: [{ label: 'Name', value: 'Page Actu' }] },
        ],
        fbid: '1',
      },
    ]),
    [`${act}groups/group_posts_and_comments.json`]: metaJson({
      group_posts_v2: [
        {
          timestamp: sec('2024-03-01T00:00:00Z'),
          title: `${FB_OWNER} posted in Quartier Nord.`,
          data: [{ post: 'Réunion ce soir' }],
        },
      ],
    }),
    [`${act}groups/your_comments_in_groups.json`]: metaJson({
      group_comments_v2: [
        {
          timestamp: sec('2024-03-02T00:00:00Z'),
          data: [
            {
              comment: {
                timestamp: sec('2024-03-02T00:00:00Z'),
                comment: 'Je viendrai',
                author: FB_OWNER,
                group: 'Quartier Nord',
              },
            },
          ],
        },
      ],
    }),
    [`${act}groups/your_group_membership_activity.json`]: metaJson({
      groups_joined_v2: [
        {
          timestamp: sec('2023-01-01T00:00:00Z'),
          title: 'You became a member of Quartier Nord.',
          data: [{ name: 'Quartier Nord' }],
        },
      ],
    }),
    [`${act}messages/inbox/marcpetit_abc/message_1.json`]: thread(1, [
      message('Marc Petit', '2024-04-03T00:00:00Z', 'newest, in file 1'),
      message(FB_OWNER, '2024-04-02T00:00:00Z', 'reply in file 1'),
    ]),
    [`${act}messages/inbox/marcpetit_abc/message_2.json`]: thread(2, [
      message('Marc Petit', '2024-03-20T00:00:00Z', 'from file 2'),
    ]),
    [`${act}messages/inbox/marcpetit_abc/message_10.json`]: thread(10, [
      message('Marc Petit', '2024-01-01T00:00:00Z', 'oldest, in file 10'),
      message('Marc Petit', '2024-01-01T00:00:01Z', 'Marc Petit left the group.'),
      message(FB_OWNER, '2024-01-01T00:00:02Z', `${FB_OWNER} sent a photo.`),
      message('Marc Petit', '2024-01-01T00:00:03Z', 'Marc Petit missed your call.'),
    ]),
    [`${act}messages/archived_threads/old_x/message_1.json`]: metaJson({
      participants: [{ name: 'Ana' }, { name: FB_OWNER }],
      messages: [message(FB_OWNER, '2022-01-01T00:00:00Z', 'archived hello')],
      title: 'Ana',
    }),
    [`${act}pages/pages_you've_liked.json`]: metaJson({
      page_likes_v2: [
        {
          name: 'Page Actu',
          url: 'https://www.facebook.com/pageactu',
          timestamp: sec('2020-01-01T00:00:00Z'),
        },
      ],
    }),
    [`${act}pages/pages_and_profiles_you_follow.json`]: metaJson({
      pages_followed_v2: [
        { timestamp: sec('2020-01-02T00:00:00Z'), title: 'Page Actu', data: [{ name: 'Page Actu' }] },
      ],
    }),
    'connections/followers/who_you_ve_followed.json': metaJson({
      following_v3: [{ name: 'Un Profil', timestamp: sec('2020-01-03T00:00:00Z') }],
    }),
    'logged_information/interactions/recently_viewed.json': metaJson({
      recently_viewed: [
        {
          name: 'Facebook Watch Videos and Shows',
          description: 'Videos you have watched',
          entries: [
            {
              timestamp: sec('2024-05-01T00:00:00Z'),
              data: { name: 'Vidéo choc : la vérité cachée', uri: 'https://www.facebook.com/watch/1' },
            },
          ],
        },
        {
          name: 'Posts',
          children: [
            {
              name: 'Posts seen',
              entries: [
                {
                  timestamp: sec('2024-05-02T00:00:00Z'),
                  data: { name: 'A post you saw', uri: 'https://www.facebook.com/p/2' },
                },
              ],
            },
          ],
        },
      ],
    }),
    'logged_information/interactions/recently_visited.json': metaJson({
      visited_things_v2: [
        {
          name: 'Profile visits',
          entries: [
            {
              timestamp: sec('2024-05-03T00:00:00Z'),
              data: { name: 'Visited Person', uri: 'https://www.facebook.com/vp' },
            },
          ],
        },
      ],
    }),
    'logged_information/search/your_search_history.json': metaJson({
      searches_v2: [
        {
          timestamp: sec('2024-05-04T00:00:00Z'),
          title: 'You searched Facebook',
          data: [{ text: 'manifestation' }],
        },
      ],
    }),
    [`${act}saved_items_and_collections/your_saved_items.json`]: metaJson({
      saves_v2: [
        {
          timestamp: sec('2024-05-05T00:00:00Z'),
          title: 'Léa saved a link.',
          attachments: [
            { data: [{ external_context: { name: 'Saved article', url: 'https://saved.example/a' } }] },
          ],
        },
      ],
    }),
    'logged_information/other_logged_information/ads_interests.json': metaJson({
      topics_v2: ['Politics', 'Électricité'],
    }),
    'ads_information/advertisers_using_your_activity_or_information.json': metaJson([
      {
        label_values: [
          { label: 'Advertisers who uploaded a list', vec: [{ value: 'Shop One' }, { value: 'Shop Two' }] },
        ],
        fbid: '2',
      },
    ]),
    "ads_information/advertisers_you've_interacted_with.json": metaJson({
      history_v2: [
        { title: 'Clicked ad title', action: 'Clicked ad', timestamp: sec('2024-05-06T00:00:00Z') },
      ],
    }),
    'ads_information/other_categories_used_to_reach_you.json': metaJson([
      { label_values: [{ label: 'Name', vec: [{ value: 'Frequent travellers' }] }] },
    ]),
    'apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json': metaJson({
      off_facebook_activity_v2: [
        {
          name: 'store.example',
          events: [{ id: 1, type: 'PURCHASE', timestamp: sec('2024-05-07T00:00:00Z') }],
        },
      ],
    }),
    [`${act}stories/archived_stories.json`]: metaJson({
      archived_stories_v2: [
        {
          timestamp: sec('2024-05-08T00:00:00Z'),
          attachments: [{ data: [{ media: { uri: 'x.jpg', description: 'Story caption FB' } }] }],
        },
      ],
    }),
    [`${act}reels/your_reels.json`]: metaJson({
      lasso_videos_v2: [{ timestamp: sec('2024-05-09T00:00:00Z'), data: [{ post: 'Reel text FB' }] }],
    }),
    [`${act}posts/posts_on_other_pages_and_profiles.json`]: metaJson([
      {
        timestamp: sec('2024-05-10T00:00:00Z'),
        label_values: [
          { label: 'URL', value: 'https://www.facebook.com/x' },
          { label: 'Text', value: 'Written on a friend’s wall' },
        ],
        fbid: '3',
      },
    ]),
    [`${act}groups/your_contributions.json`]: metaJson([
      {
        timestamp: sec('2024-05-11T00:00:00Z'),
        label_values: [{ label: 'Content', value: 'A group contribution' }],
      },
    ]),
    [`${act}posts/album/0.json`]: metaJson({
      name: 'Vacances',
      description: 'Album description',
      photos: [
        { uri: 'a.jpg', creation_timestamp: sec('2024-05-12T00:00:00Z'), description: 'Photo in album' },
      ],
      last_modified_timestamp: sec('2024-05-12T00:00:00Z'),
    }),
    [`${act}posts/media/a.jpg`]: new Uint8Array(4096),
    'security_and_login_information/account_activity.json': metaJson({ account_activity_v2: [] }),
  };
}

/** FB-0 files: `comments` key, timeline posts by others, `reactions_v2`. */
export function facebookOldFiles(): Files {
  return {
    'profile_information/profile_information.json': metaJson({ profile: { name: FB_OWNER } }),
    'posts/your_posts_1.json': metaJson([
      { timestamp: sec('2019-01-01T00:00:00Z'), data: [{ post: 'An old post' }] },
    ]),
    "posts/other_people's_posts_to_your_timeline.json": metaJson({
      wall_posts_sent_to_you: {
        activity_log_data: [
          {
            timestamp: sec('2019-02-01T00:00:00Z'),
            title: 'Marc Petit wrote on your timeline.',
            data: [{ post: 'Joyeux anniversaire !' }],
          },
        ],
      },
    }),
    'comments/comments.json': metaJson({
      comments: [
        {
          timestamp: sec('2019-03-01T00:00:00Z'),
          data: [
            { comment: { timestamp: sec('2019-03-01T00:00:00Z'), comment: 'Old comment', author: FB_OWNER } },
          ],
        },
      ],
    }),
    'likes_and_reactions/posts_and_comments.json': metaJson({
      reactions_v2: [
        {
          timestamp: sec('2019-04-01T00:00:00Z'),
          title: `${FB_OWNER} reacted to Marc Petit's photo.`,
          data: [{ reaction: { reaction: 'HAHA', actor: FB_OWNER } }],
        },
      ],
    }),
    'messages/inbox/x_1/message_1.json': metaJson({
      participants: [{ name: 'Marc Petit' }, { name: FB_OWNER }],
      messages: [message('Marc Petit', '2019-05-01T00:00:00Z', 'old message')],
      title: 'Marc Petit',
    }),
    'friends_and_followers/friends.json': metaJson({
      friends_v2: [{ name: 'Marc Petit', timestamp: sec('2015-01-01T00:00:00Z') }],
    }),
  };
}
