import { describe, expect, it } from 'vitest';
import { EXTRACTORS } from '@core/archive';
import { importFiles, metaJson, ms, sec, type Files } from './builders';
import { facebookJsonExport, facebookOldFiles } from './facebook-fixtures';
import { facebookHtmlExport, instagramHtmlExport } from './html-fixtures';
import { instagram2026Files, instagramFrenchFiles, instagramJsonExport } from './instagram-fixtures';
import {
  facebookAiAndNotificationFiles,
  facebookFriendFiles,
  facebookMarketplaceFiles,
  facebookTypedFiles,
  facebookVisitedFiles,
  instagramRepostFiles,
} from './more-fixtures';

/** IG-1 (2021–2023): category folders at the root, wrapped comment lists, IG-1 ad interests. */
const instagramGen1: Files = {
  'content/posts_1.json': metaJson([
    {
      media: [
        { uri: 'media/posts/1.jpg', creation_timestamp: sec('2022-05-01T00:00:00Z'), title: 'IG-1 post' },
      ],
    },
  ]),
  'content/profile_photos.json': metaJson({
    ig_profile_picture: [{ uri: 'media/profile/1.jpg', creation_timestamp: 1 }],
  }),
  'content/archived_posts.json': metaJson({
    ig_archived_post_media: [
      { media: [{ title: 'Archived caption', creation_timestamp: sec('2022-01-01T00:00:00Z') }] },
    ],
  }),
  'comments/post_comments.json': metaJson({
    comments_media_comments: [
      {
        string_map_data: {
          Comment: { value: 'IG-1 comment' },
          Time: { timestamp: sec('2022-05-02T00:00:00Z') },
        },
      },
    ],
  }),
  'likes/liked_posts.json': metaJson({ likes_media_likes: [] }),
  'information_about_you/ads_interests.json': metaJson({
    inferred_data_ig_interest: [{ string_map_data: { Interest: { value: 'Voyages' } } }],
  }),
  'recent_searches/account_searches.json': metaJson({
    searches_user: [
      { string_map_data: { Search: { value: 'someone' }, Time: { timestamp: sec('2022-05-03T00:00:00Z') } } },
    ],
  }),
  'personal_information/personal_information/note_interactions.json': metaJson({
    note_interactions: [{ string_map_data: { 'Last Notes Seen Time': { timestamp: 1 } } }],
  }),
  'messages/message_requests/stranger_9/replies_1.json': metaJson({
    participants: [{ name: 'Stranger' }],
    replies: [
      {
        original_message_sender: 'Stranger',
        reply_content: 'a reply',
        timestamp_ms: ms('2022-05-04T00:00:00Z'),
      },
    ],
  }),
};

/** Less common Facebook files. */
const facebookRare: Files = {
  'your_facebook_activity/posts/edits_you_made_to_posts.json': metaJson([
    { timestamp: sec('2025-01-01T00:00:00Z'), label_values: [{ label: 'Text', value: 'Edited post text' }] },
  ]),
  'your_facebook_activity/comments_and_reactions/your_comment_edits.json': metaJson([
    { timestamp: sec('2025-01-02T00:00:00Z'), label_values: [{ label: 'Comment', value: 'Edited comment' }] },
  ]),
  'your_facebook_activity/posts/your_videos.json': metaJson({
    videos_v2: [
      { uri: 'v.mp4', creation_timestamp: sec('2025-01-03T00:00:00Z'), description: 'Video caption' },
    ],
  }),
  'your_facebook_activity/groups/your_group_messages/quartier.json': metaJson({
    thread_name: 'Quartier chat',
    messages: [
      { sender_name: 'Voisin', timestamp_ms: ms('2025-01-04T00:00:00Z'), content: 'community chat' },
    ],
  }),
  'your_facebook_activity/messages/filtered_threads/spam_1/message_1.json': metaJson({
    participants: [{ name: 'Spammer' }],
    messages: [{ sender_name: 'Spammer', timestamp_ms: ms('2025-01-05T00:00:00Z'), content: 'filtered' }],
    title: 'Spammer',
  }),
  'your_facebook_activity/other_activity/link_history.json': metaJson([
    {
      timestamp: sec('2025-01-06T00:00:00Z'),
      label_values: [
        { label: 'Website link that you visited', value: 'https://l.example' },
        { label: 'Title of website page that you visited', value: 'Link title' },
      ],
    },
  ]),
  'your_topics/your_topics.json': metaJson({ inferred_topics_v2: ['Jardinage'] }),
};

describe('rarer files and the IG-1 layout', () => {
  it('reads the IG-1 layout', async () => {
    const { items, exposures, summary } = await importFiles(instagramGen1);
    expect(summary.generations).toEqual(['IG-1']);
    expect(items.map((item) => [item.kind, item.text])).toEqual([
      ['comment', 'IG-1 comment'],
      ['post', 'Archived caption'],
      ['post', 'IG-1 post'],
      ['message', 'a reply'],
      ['search', 'someone'],
    ]);
    expect(exposures.find((e) => e.kind === 'ad_interest')!.label).toBe('Voyages');
    expect(summary.filesSkipped.byReason).toEqual({});
  });

  it('reads edits, videos, community chats, filtered threads, link history and topics', async () => {
    const { items, exposures } = await importFiles({
      ...facebookRare,
      'your_facebook_activity/x.json': '{}',
    });
    expect(items.map((item) => [item.kind, item.text]).sort()).toEqual(
      [
        ['comment', 'Edited comment'],
        ['message', 'community chat'],
        ['message', 'filtered'],
        ['post', 'Edited post text'],
        ['post', 'Video caption'],
      ].sort(),
    );
    expect(items.find((item) => item.text === 'community chat')!.conversation).toBe('Quartier chat');
    expect(exposures.map((e) => [e.kind, e.label]).sort()).toEqual([
      ['topic', 'Jardinage'],
      ['viewed', 'Link title'],
    ]);
  });

  it('accepts single-record files and reports files of an unknown shape', async () => {
    const { items, exposures, problems } = await importFiles({
      'your_instagram_activity/media/posts_1.json': metaJson({
        media: [
          { uri: 'media/posts/1.jpg', creation_timestamp: sec('2025-08-01T00:00:00Z'), title: 'Lone post' },
        ],
      }),
      'connections/followers_and_following/following.json': metaJson({
        title: 'only.one',
        string_list_data: [{ href: 'https://www.instagram.com/only.one', timestamp: 1 }],
      }),
      'your_instagram_activity/likes/liked_posts.json': metaJson({ something_new: { nested: true } }),
    });
    expect(items.map((item) => item.text)).toEqual(['Lone post']);
    expect(exposures.map((e) => e.account)).toEqual(['only.one']);
    expect(problems).toEqual([
      {
        path: 'your_instagram_activity/likes/liked_posts.json',
        reason: 'unknown_shape',
        detail: 'not a shape instagram.likes knows',
      },
    ]);
  });

  it('exercises every registered extractor across the fixtures', async () => {
    const sets = [
      instagramJsonExport(),
      instagram2026Files(),
      instagramFrenchFiles(),
      instagramGen1,
      instagramHtmlExport(),
      facebookJsonExport(),
      facebookOldFiles(),
      facebookRare,
      facebookHtmlExport(),
      facebookTypedFiles(),
      facebookVisitedFiles(),
      facebookAiAndNotificationFiles(),
      instagramRepostFiles(),
      facebookFriendFiles(),
      facebookMarketplaceFiles(),
    ];
    const used = new Set<string>();
    for (const files of sets) {
      for (const path of Object.keys(files)) {
        const key = path.toLowerCase().replace(/'/g, '_');
        for (const extractor of EXTRACTORS)
          if (extractor.paths.some((pattern) => pattern.test(key))) used.add(extractor.id);
      }
    }
    const missing = EXTRACTORS.map((extractor) => extractor.id).filter(
      (id) => !used.has(id) && id !== 'facebook.e2ee_backup',
    );
    expect(missing).toEqual([]);
  });
});
