import { metaJson, sec, type Files } from './builders';

/** A Meta AI conversation in the nested `label_values` shape (labels given per language). */
export const aiConversation = (labels: { sender: string; text: string; time: string; messages: string }) =>
  metaJson([
    {
      title: 'Recette de crêpes',
      timestamp: sec('2025-06-01T00:00:00Z'),
      fbid: '1',
      media: [],
      label_values: [
        {
          title: labels.messages,
          dict: [
            {
              dict: [
                { label: labels.sender, value: 'Léa Dubois' },
                { label: labels.text, value: 'Comment faire des crêpes ?' },
                { label: labels.time, timestamp_value: sec('2025-06-01T00:00:00Z') },
              ],
            },
            {
              dict: [
                { label: labels.sender, value: 'Meta AI' },
                { label: labels.text, value: 'Mélangez la farine, les œufs et le lait.' },
                { label: labels.time, timestamp_value: sec('2025-06-01T00:00:05Z') },
              ],
            },
          ],
        },
      ],
    },
  ]);

/** Texts the owner typed outside posts and comments: story replies, membership answers, pending posts, trash. */
export function facebookTypedFiles(): Files {
  return {
    'your_facebook_activity/stories/story_reactions.json': metaJson({
      stories_feedback_v2: [
        {
          timestamp: sec('2025-01-10T00:00:00Z'),
          title: 'Léa Dubois replied to Anna Lee’s story.',
          data: [{ text: 'Trop beau !' }],
        },
      ],
    }),
    'your_facebook_activity/groups/your_answers_to_membership_questions.json': metaJson({
      group_membership_questions_answers_v2: {
        group_answers: [
          {
            group_name: 'Jardiniers du quartier',
            rules_agreement: true,
            answers: [
              {
                question: 'Pourquoi voulez-vous rejoindre ?',
                answer: 'J’aime les tomates',
                timestamp: sec('2025-01-11T00:00:00Z'),
              },
            ],
          },
        ],
      },
    }),
    'your_facebook_activity/groups/your_pending_posts_in_groups.json': metaJson({
      pending_posts_v2: [{ timestamp: sec('2025-01-12T00:00:00Z'), data: [{ post: 'Post en attente' }] }],
    }),
    'your_facebook_activity/posts/trash.json': metaJson({
      trash_v2: [
        {
          timestamp: sec('2025-01-13T00:00:00Z'),
          title: 'Léa Dubois updated her status.',
          data: [{ post: 'Post supprimé' }],
        },
      ],
    }),
  };
}

/** FB-3 lists of profiles and groups visited and fundraiser posts likely viewed. */
export function facebookVisitedFiles(): Files {
  return {
    'your_facebook_activity/other_activity/profiles_you_visited_in_the_past_7_days.json': metaJson({
      fbid: '1',
      media: [],
      label_values: [{ label: 'Profiles', vec: [{ value: 'Anna Lee' }, { value: 'Marc Petit' }] }],
    }),
    "logged_information/interactions/groups_you've_visited.json": metaJson([
      {
        timestamp: sec('2025-03-01T00:00:00Z'),
        fbid: '2',
        media: [],
        label_values: [
          { label: 'Name', value: 'Vélo Paris' },
          {
            label: 'URL',
            value: 'https://www.facebook.com/groups/velo',
            href: 'https://www.facebook.com/groups/velo',
          },
        ],
      },
    ]),
    'your_facebook_activity/fundraisers/fundraiser_posts_you_likely_viewed.json': metaJson([
      {
        timestamp: sec('2025-03-02T00:00:00Z'),
        ent_name: 'Collecte pour la SPA',
        fbid: '3',
        media: [],
        label_values: [],
      },
    ]),
  };
}

/** Meta AI conversations and notifications (English labels). */
export function facebookAiAndNotificationFiles(): Files {
  return {
    'your_facebook_activity/messages/ai_conversations.json': aiConversation({
      sender: 'Sender',
      text: 'Message',
      time: 'Time',
      messages: 'Messages',
    }),
    'logged_information/notifications/notifications.json': metaJson({
      notifications_v2: [
        { timestamp: sec('2025-02-01T00:00:00Z'), unread: true, href: '', text: 'A notification' },
      ],
    }),
  };
}

/** Instagram reposts (`profile_media_reposts`, 2025 catalogue shape). */
export function instagramRepostFiles(): Files {
  return {
    'personal_information/personal_information/reposts.json': metaJson({
      profile_media_reposts: [
        {
          title: 'page.relayee',
          string_map_data: {
            Text: {
              value: 'Partagez avant que ce soit supprimé !',
              href: 'https://www.instagram.com/p/repost/',
              timestamp: 0,
            },
            'Time of repost': { value: '', href: '', timestamp: sec('2025-07-01T00:00:00Z') },
          },
        },
      ],
    }),
  };
}

/** Facebook friends, FB-2+ and FB-1 paths. */
export function facebookFriendFiles(): Files {
  return {
    'connections/friends/your_friends.json': metaJson({
      friends_v2: [{ name: 'Anna Lee', timestamp: sec('2020-01-01T00:00:00Z') }],
    }),
    'friends_and_followers/friends.json': metaJson({
      friends_v2: [{ name: 'Marc Petit', timestamp: sec('2019-01-01T00:00:00Z') }],
    }),
    'connections/friends/removed_friends.json': metaJson({
      deleted_friends_v2: [{ name: 'Ancien Ami', timestamp: sec('2018-01-01T00:00:00Z') }],
    }),
  };
}

/** Marketplace listings the owner wrote, in both shapes. */
export function facebookMarketplaceFiles(): Files {
  return {
    'your_facebook_activity/facebook_marketplace/items_sold.json': metaJson({
      items_selling_v2: [
        {
          title: 'Vélo de ville',
          price: '80 €',
          seller: 'Léa Dubois',
          created_timestamp: sec('2024-09-01T00:00:00Z'),
          category: 'Vélos',
          marketplace: 'Marketplace',
          description: 'Très bon état, quelques rayures.',
          location: { coordinate: { latitude: 0, longitude: 0 } },
        },
      ],
    }),
    'your_facebook_activity/facebook_marketplace/your_marketplace_listing_history.json': metaJson([
      {
        fbid: '9',
        media: [],
        label_values: [
          { label: 'Title', value: 'Canapé' },
          { label: 'Description', value: 'Canapé trois places à donner, à venir chercher.' },
          { label: 'Creation time', timestamp_value: sec('2024-10-01T00:00:00Z') },
        ],
      },
    ]),
  };
}

/** Profiles recently followed, FB-3 `label_values` with a vec of dicts (catalogue shape). */
export function facebookRecentlyFollowedFiles(): Files {
  return {
    'your_facebook_activity/other_activity/your_recently_followed_history.json': metaJson({
      fbid: '5',
      media: [],
      label_values: [
        {
          label: 'Followed',
          vec: [
            {
              dict: [
                { label: 'Name', value: 'Radio Quartier' },
                {
                  label: 'URL',
                  value: 'https://www.facebook.com/radioquartier',
                  href: 'https://www.facebook.com/radioquartier',
                },
                { label: 'Time', timestamp_value: sec('2025-08-01T00:00:00Z') },
              ],
            },
            { dict: [{ label: 'Nom', value: 'Les Jardiniers' }] },
          ],
        },
      ],
    }),
  };
}
