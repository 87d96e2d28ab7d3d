import { describe, expect, it } from 'vitest';
import { redactPath } from '@core/archive/paths';
import { importFiles, metaJson, ms, sec, type Files } from './builders';
import { box, messageBox, page } from './html-fixtures';
import {
  aiConversation,
  facebookFriendFiles,
  facebookMarketplaceFiles,
  facebookRecentlyFollowedFiles,
  facebookTypedFiles,
  facebookVisitedFiles,
  instagramRepostFiles,
} from './more-fixtures';

const IG_PROFILE: Files = {
  'personal_information/personal_information/personal_information.json': metaJson({
    profile_user: [{ string_map_data: { Username: { value: 'zoe.martin' }, Name: { value: 'Zoé Martin' } } }],
  }),
};
const FB_PROFILE: Files = {
  'personal_information/profile_information/profile_information.json': metaJson({
    profile_v2: { name: { full_name: 'Léa Dubois' } },
  }),
};

const pairs = (items: readonly { kind: string; text: string }[]) =>
  items.map((item) => [item.kind, item.text]).sort();

describe('Instagram families beyond the usual files', () => {
  it('reads thread folders straight under your_instagram_activity/ (donated catalogues), replies included', async () => {
    const { items, problems } = await importFiles({
      ...IG_PROFILE,
      'your_instagram_activity/friendone_123/message_1.json': metaJson({
        participants: [{ name: 'Friend One' }, { name: 'Zoé Martin' }],
        messages: [
          { sender_name: 'Friend One', timestamp_ms: ms('2025-03-01T10:00:00Z'), content: 'Tu as vu ça ?' },
          { sender_name: 'Zoé Martin', timestamp_ms: ms('2025-03-01T09:00:00Z'), content: 'Coucou' },
        ],
        title: 'Friend One',
        is_still_participant: true,
        thread_path: 'inbox/friendone_123',
        magic_words: [],
      }),
      // The 2025 shape: thread keys, an empty `messages` and the `replies` list.
      'your_instagram_activity/friendone_123/replies_1.json': metaJson({
        participants: [{ name: 'Friend One' }, { name: 'Zoé Martin' }],
        messages: [],
        title: 'Friend One',
        is_still_participant: true,
        thread_path: 'inbox/friendone_123',
        magic_words: [],
        joinable_mode: { mode: 1, link: '' },
        replies: [
          {
            original_message_sender: 'Zoé Martin',
            reply_content: 'Une réponse à un message',
            timestamp_ms: ms('2025-03-02T00:00:00Z'),
          },
        ],
      }),
    });
    expect(problems).toEqual([]);
    expect(pairs(items)).toEqual(
      [
        ['message', 'Coucou'],
        ['message', 'Tu as vu ça ?'],
        ['message', 'Une réponse à un message'],
      ].sort(),
    );
    expect(items.find((item) => item.text === 'Coucou')!).toMatchObject({
      direction: 'authored',
      conversation: 'Friend One',
    });
    expect(items.find((item) => item.text === 'Tu as vu ça ?')!.direction).toBe('received');
  });

  it('redacts conversation folders wherever a thread file sits', () => {
    expect(redactPath('your_instagram_activity/friendone_123/message_1.json')).toBe(
      'your_instagram_activity/…/message_1.json',
    );
    expect(redactPath('your_facebook_activity/messages/inbox/marc_1/message_2.json')).toBe(
      'your_facebook_activity/messages/inbox/…/message_2.json',
    );
    expect(redactPath('your_instagram_activity/likes/liked_posts.json')).toBe(
      'your_instagram_activity/likes/liked_posts.json',
    );
  });

  it('reads posts and profiles the owner said they were not interested in as things seen', async () => {
    const { exposures, problems } = await importFiles({
      ...IG_PROFILE,
      "ads_information/ads_and_topics/posts_you're_not_interested_in.json": metaJson({
        impressions_history_posts_not_interested: [
          {
            string_list_data: [
              {
                href: 'https://www.instagram.com/p/xyz/',
                value: 'some.page',
                timestamp: sec('2025-04-01T00:00:00Z'),
              },
            ],
          },
        ],
      }),
      'ads_information/ads_and_topics/profiles_you_re_not_interested_in.json': metaJson({
        impressions_history_recs_hidden_authors: [
          {
            string_map_data: {
              Username: { value: 'hidden.author' },
              Time: { timestamp: sec('2025-04-02T00:00:00Z') },
            },
          },
        ],
      }),
    });
    expect(problems).toEqual([]);
    expect(exposures.map((e) => [e.kind, e.account, e.url]).sort()).toEqual(
      [
        ['viewed', 'hidden.author', null],
        ['viewed', 'some.page', 'https://www.instagram.com/p/xyz/'],
      ].sort(),
    );
  });

  it('reads reposts: the reposted text as seen, its owner and URL as an exposure', async () => {
    const { items, exposures, summary } = await importFiles({ ...IG_PROFILE, ...instagramRepostFiles() });
    expect(items.map((item) => [item.kind, item.direction, item.author, item.text])).toEqual([
      ['post', 'seen', 'page.relayee', 'Partagez avant que ce soit supprimé !'],
    ]);
    expect(exposures.map((e) => [e.kind, e.account, e.url, e.timestamp])).toEqual([
      ['viewed', 'page.relayee', 'https://www.instagram.com/p/repost/', ms('2025-07-01T00:00:00Z')],
    ]);
    expect(summary.unknownLabels).toEqual([]);
  });

  it('reads Threads posts in JSON and HTML', async () => {
    const json = await importFiles({
      ...IG_PROFILE,
      'your_instagram_activity/threads/threads_and_replies.json': metaJson({
        text_post_app_text_posts: [
          {
            media: [
              { title: 'Un post sur Threads', creation_timestamp: sec('2025-05-01T00:00:00Z'), uri: '' },
            ],
          },
        ],
      }),
    });
    expect(json.items.map((item) => [item.kind, item.text, item.direction])).toEqual([
      ['threads_post', 'Un post sur Threads', 'authored'],
    ]);
    const html = await importFiles({
      'start_here.html': page('Instagram', ''),
      'your_instagram_activity/threads/threads_and_replies.html': page(
        'Threads',
        box(null, '<div>Threads en HTML</div>', 'May 2, 2025 10:00 am'),
      ),
    });
    expect(html.items.map((item) => [item.kind, item.text])).toEqual([['threads_post', 'Threads en HTML']]);
  });
});

describe('Facebook families beyond the usual files', () => {
  for (const [language, labels] of [
    ['English', { sender: 'Sender', text: 'Message', time: 'Time', messages: 'Messages' }],
    ['French', { sender: 'Expéditeur', text: 'Message', time: 'Heure', messages: 'Messages' }],
  ] as const) {
    it(`reads Meta AI conversations (${language} labels): prompts authored, answers received`, async () => {
      const { items, problems } = await importFiles({
        ...FB_PROFILE,
        'your_facebook_activity/messages/ai_conversations.json': aiConversation(labels),
      });
      expect(problems).toEqual([]);
      expect(items.map((item) => [item.text, item.direction, item.author, item.conversation])).toEqual([
        ['Comment faire des crêpes ?', 'authored', 'Léa Dubois', 'Recette de crêpes'],
        ['Mélangez la farine, les œufs et le lait.', 'received', 'Meta AI', 'Recette de crêpes'],
      ]);
      expect(items[1]!.timestamp).toBe(ms('2025-06-01T00:00:05Z'));
    });
  }

  it('reads Meta AI conversations with unknown labels by structure, never claiming them as the owner’s', async () => {
    const { items, summary } = await importFiles({
      ...FB_PROFILE,
      'your_facebook_activity/messages/ai_conversations.json': aiConversation({
        sender: 'Absender',
        text: 'Nachricht',
        time: 'Zeit',
        messages: 'Nachrichten',
      }),
    });
    expect(items.map((item) => [item.text, item.direction])).toEqual([
      ['Comment faire des crêpes ?', 'received'],
      ['Mélangez la farine, les œufs et le lait.', 'received'],
    ]);
    // Reported (labels only, never values) so the tables can grow.
    expect(summary.unknownLabels).toEqual(['Absender', 'Nachricht', 'Zeit']);
  });

  it('reads notifications (JSON and HTML) as things seen', async () => {
    const json = await importFiles({
      ...FB_PROFILE,
      'logged_information/notifications/notifications.json': metaJson({
        notifications_v2: [
          {
            timestamp: sec('2025-02-01T00:00:00Z'),
            unread: false,
            href: 'https://www.facebook.com/groups/1/posts/2',
            text: 'Marc Petit a commenté : « Quelle honte »',
          },
        ],
      }),
    });
    expect(json.items.map((item) => [item.kind, item.direction, item.text])).toEqual([
      ['other', 'seen', 'Marc Petit a commenté : « Quelle honte »'],
    ]);
    expect(json.exposures.map((e) => [e.kind, e.label, e.url])).toEqual([
      ['viewed', 'Marc Petit a commenté : « Quelle honte »', 'https://www.facebook.com/groups/1/posts/2'],
    ]);
    const html = await importFiles({
      'index.html': page('Facebook', ''),
      'your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.html': page('Posts', ''),
      'logged_information/notifications/notifications.html': page(
        'Notifications',
        box(null, '<div><div>Anna Lee mentioned you in a comment.</div></div>', 'Feb 2, 2025 10:00 am'),
      ),
    });
    expect(html.items.map((item) => [item.kind, item.text])).toEqual([
      ['other', 'Anna Lee mentioned you in a comment.'],
    ]);
  });

  it('reads story replies, membership answers, pending group posts and the trash', async () => {
    const { items, problems } = await importFiles({ ...FB_PROFILE, ...facebookTypedFiles() });
    expect(problems).toEqual([]);
    expect(items.map((item) => [item.kind, item.text, item.direction, item.author])).toEqual(
      expect.arrayContaining([
        ['story_reply', 'Trop beau !', 'authored', 'Léa Dubois'],
        ['other', 'J’aime les tomates', 'authored', 'Léa Dubois'],
        ['group_post', 'Post en attente', 'authored', 'Léa Dubois'],
        ['post', 'Post supprimé', 'authored', 'Léa Dubois'],
      ]),
    );
    expect(items).toHaveLength(4);
    expect(items.find((item) => item.kind === 'other')!.conversation).toBe('Jardiniers du quartier');
  });

  it('reads profiles and groups visited and fundraiser posts likely viewed (label_values)', async () => {
    const { exposures, problems } = await importFiles({ ...FB_PROFILE, ...facebookVisitedFiles() });
    expect(problems).toEqual([]);
    expect(exposures.map((e) => [e.kind, e.account, e.url]).sort()).toEqual(
      [
        ['viewed', 'Anna Lee', null],
        ['viewed', 'Marc Petit', null],
        ['viewed', 'Vélo Paris', 'https://www.facebook.com/groups/velo'],
        ['viewed', 'Collecte pour la SPA', null],
      ].sort(),
    );
  });

  it('reads Marketplace listings the owner wrote, in the v2 and label_values shapes', async () => {
    const { items, problems } = await importFiles({ ...FB_PROFILE, ...facebookMarketplaceFiles() });
    expect(problems).toEqual([]);
    expect(items.map((item) => [item.kind, item.direction, item.text, item.timestamp]).sort()).toEqual(
      [
        [
          'other',
          'authored',
          'Vélo de ville\n\nTrès bon état, quelques rayures.',
          ms('2024-09-01T00:00:00Z'),
        ],
        ['other', 'authored', 'Canapé trois places à donner, à venir chercher.', ms('2024-10-01T00:00:00Z')],
      ].sort(),
    );
  });

  it('reads profiles recently followed from a label_values history', async () => {
    const { exposures, problems } = await importFiles({ ...FB_PROFILE, ...facebookRecentlyFollowedFiles() });
    expect(problems).toEqual([]);
    expect(exposures.map((e) => [e.kind, e.account, e.url, e.timestamp])).toEqual([
      ['followed', 'Radio Quartier', 'https://www.facebook.com/radioquartier', ms('2025-08-01T00:00:00Z')],
      ['followed', 'Les Jardiniers', null, null],
    ]);
  });

  it('reads friends as followed profiles (FB-1 and later paths), not removed friends', async () => {
    const { exposures, problems } = await importFiles({ ...FB_PROFILE, ...facebookFriendFiles() });
    expect(exposures.map((e) => [e.kind, e.account, e.timestamp]).sort()).toEqual(
      [
        ['followed', 'Anna Lee', ms('2020-01-01T00:00:00Z')],
        ['followed', 'Marc Petit', ms('2019-01-01T00:00:00Z')],
      ].sort(),
    );
    expect(problems.map((problem) => [problem.path, problem.reason])).toEqual([
      ['connections/friends/removed_friends.json', 'no_extractor'],
    ]);
  });

  it('reads Messenger thread folders outside messages/ (donated catalogues) and the e2ee_cutover section', async () => {
    const thread = (text: string, time: string) =>
      metaJson({
        participants: [{ name: 'Marc Petit' }, { name: 'Léa Dubois' }],
        messages: [{ sender_name: 'Marc Petit', timestamp_ms: ms(time), content: text, type: 'Generic' }],
        title: 'Marc Petit',
      });
    const { items, problems } = await importFiles({
      ...FB_PROFILE,
      'your_facebook_activity/marcpetit_1a2b/message_1.json': thread('ailleurs', '2025-01-01T00:00:00Z'),
      'your_activity_across_facebook/marcpetit_1a2b/message_2.json': thread(
        'plus ancien',
        '2024-01-01T00:00:00Z',
      ),
      'your_facebook_activity/messages/e2ee_cutover/marcpetit_1a2b/message_1.json': thread(
        'avant le chiffrement',
        '2023-01-01T00:00:00Z',
      ),
    });
    expect(problems).toEqual([]);
    expect(items.map((item) => item.text).sort()).toEqual([
      'ailleurs',
      'avant le chiffrement',
      'plus ancien',
    ]);
    expect(items.every((item) => item.kind === 'message' && item.direction === 'received')).toBe(true);
  });

  it('reads the camelCase E2EE backup also when its messages/ folder was zipped again', async () => {
    const { items, summary } = await importFiles({
      'messages/Marc Petit_1.json': JSON.stringify({
        participants: ['Marc Petit', 'Léa Dubois'],
        threadName: 'Marc Petit',
        messages: [
          {
            senderName: 'Marc Petit',
            text: 'sauvegarde chiffrée',
            timestamp: ms('2025-02-01T00:00:00Z'),
            type: 'text',
          },
          {
            senderName: 'Léa Dubois',
            text: 'bien reçu',
            timestamp: ms('2025-02-01T00:01:00Z'),
            type: 'text',
          },
        ],
      }),
      'messages/Anna Lee_1.json': JSON.stringify({
        participants: ['Anna Lee', 'Léa Dubois'],
        threadName: 'Anna Lee',
        messages: [{ senderName: 'Anna Lee', text: 'coucou', timestamp: ms('2025-02-02T00:00:00Z') }],
      }),
      'messages/media/photo.jpg': new Uint8Array(4),
    });
    expect(summary.generations).toEqual(['FB-E2EE']);
    expect(items.map((item) => [item.text, item.author, item.direction]).sort()).toEqual(
      [
        ['bien reçu', 'Léa Dubois', 'authored'],
        ['coucou', 'Anna Lee', 'received'],
        ['sauvegarde chiffrée', 'Marc Petit', 'received'],
      ].sort(),
    );
  });

  it('reads an HTML thread page under e2ee_cutover', async () => {
    const { items } = await importFiles({
      'index.html': page('Facebook', ''),
      'your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.html': page('Posts', ''),
      'your_facebook_activity/messages/e2ee_cutover/marcpetit_1a2b/message_1.html': page(
        'Marc Petit',
        messageBox('Marc Petit', 'message HTML chiffré', 'Jan 3, 2024 10:00 am'),
        '<div class="_3b0d">Participants: Marc Petit and Léa Dubois</div>',
      ),
    });
    expect(items.map((item) => [item.kind, item.text, item.author])).toEqual([
      ['message', 'message HTML chiffré', 'Marc Petit'],
    ]);
  });
});
