import { describe, expect, it } from 'vitest';
import { importFiles, ms, sec, texts } from './builders';
import { instagram2026Files, instagramFrenchFiles, instagramJsonExport, OWNER } from './instagram-fixtures';

describe('Instagram JSON export', () => {
  it('reads posts with captions in both places, reels, stories and Threads posts, repairing mojibake', async () => {
    const { items } = await importFiles(instagramJsonExport());
    expect(texts(items, 'post')).toEqual([
      'Deux photos du marché, été génial ☀️',
      'Single caption https://example.org/a.',
    ]);
    const single = items.find((item) => item.text.startsWith('Single'))!;
    expect(single.timestamp).toBe(ms('2024-02-03T11:00:00Z'));
    expect(single.links).toEqual(['https://example.org/a']);
    expect(single.direction).toBe('authored');
    expect(single.author).toBe(OWNER.name);
    expect(texts(items, 'reel')).toEqual(['My reel caption']);
    expect(texts(items, 'story')).toEqual(['Story text']);
    expect(texts(items, 'threads_post')).toEqual(['A Threads post']);
  });

  it('reads comments in the bare-list and wrapped shapes', async () => {
    const { items } = await importFiles(instagramJsonExport());
    const comments = items.filter((item) => item.kind === 'comment');
    expect(comments.map((item) => item.text).sort()).toEqual(['Great reel', 'Tellement d’accord 👍']);
    expect(comments.find((item) => item.text === 'Great reel')!.timestamp).toBe(
      sec('2024-04-02T08:00:00Z') * 1000,
    );
  });

  it('reads messages with their direction and the text of shared posts', async () => {
    const { items } = await importFiles(instagramJsonExport());
    const messages = items.filter((item) => item.kind === 'message');
    expect(messages.map((item) => [item.text, item.direction, item.author, item.conversation])).toEqual([
      ['Regarde ça', 'received', 'Friend One', 'Friend One'],
      ['Salut, ça va ?', 'authored', OWNER.name, 'Friend One'],
    ]);
    const shared = items.find((item) => item.kind === 'shared_post')!;
    expect(shared).toMatchObject({
      text: 'Shared caption by someone',
      direction: 'seen',
      author: 'news.page',
    });
    expect(shared.links).toEqual(['https://www.instagram.com/p/xyz/']);
  });

  it('reads every exposure family', async () => {
    const { exposures } = await importFiles(instagramJsonExport());
    const by = (kind: string) => exposures.filter((exposure) => exposure.kind === kind);
    expect(by('liked').map((e) => [e.account, e.url])).toEqual([
      ['news.page', 'https://www.instagram.com/p/abc/'],
      ['story.owner', null],
    ]);
    expect(by('saved').map((e) => e.account)).toEqual(['chef.anna']);
    expect(
      by('viewed')
        .map((e) => e.account)
        .sort(),
    ).toEqual(['video.account', 'viewed.account']);
    expect(by('ad_viewed').map((e) => e.account)).toEqual(['Brand Shop']);
    expect(by('followed').map((e) => e.account)).toEqual(['followed.one']);
    expect(by('follower').map((e) => e.account)).toEqual(['fan.one']);
    expect(by('ad_interest').map((e) => e.label)).toEqual(['Politique', 'Cuisine']);
    expect(by('advertiser').map((e) => e.label)).toEqual(['Acme Corp']);
    expect(by('topic').map((e) => e.label)).toEqual(['Actualités']);
    expect(by('search').map((e) => e.label)).toEqual(['élections']);
    expect(by('off_platform').map((e) => [e.label, e.timestamp])).toEqual([
      ['shop.example', ms('2024-06-09T00:00:00Z')],
      ['shop.example', ms('2024-06-10T00:00:00Z')],
    ]);
  });

  it('reads story sticker answers and searches as the owner’s items', async () => {
    const { items } = await importFiles(instagramJsonExport());
    expect(items.find((item) => item.kind === 'story_reply')).toMatchObject({
      text: 'Oui',
      conversation: 'poll.owner',
    });
    expect(texts(items, 'search')).toEqual(['élections']);
  });

  it('summarises counts, skipped files with reasons and media without inflating it', async () => {
    const { summary } = await importFiles(instagramJsonExport());
    expect(summary.platforms).toEqual(['instagram']);
    expect(summary.generations).toEqual(['IG-2']);
    expect(summary.ownerIdentified).toBe(true);
    expect(summary.mediaSkipped).toEqual({ count: 2, bytes: 3072 });
    expect(summary.filesSkipped.byReason).toEqual({ no_data: 1, no_extractor: 1 });
    expect(summary.items.byDirection).toMatchObject({ authored: 10, received: 1, seen: 1 });
    expect(summary.items.total).toBe(12);
  });

  it('reads the 2026 label_values shapes, with captions of liked, saved and viewed posts as seen items', async () => {
    const { items, exposures, summary } = await importFiles(instagram2026Files());
    expect(summary.generations).toEqual(['IG-3']);
    expect(texts(items, 'post')).toEqual(
      expect.arrayContaining([
        'Post in the 2026 media folder',
        'Ils vous mentent sur tout',
        'Saved recipe caption',
      ]),
    );
    expect(items.find((item) => item.text === 'Ils vous mentent sur tout')).toMatchObject({
      direction: 'seen',
      author: 'truth.page',
    });
    expect(items.find((item) => item.kind === 'story')).toMatchObject({
      text: 'Story caption seen',
      direction: 'seen',
    });
    expect(exposures.find((e) => e.kind === 'liked')).toMatchObject({
      label: 'Ils vous mentent sur tout',
      account: 'truth.page',
      url: 'https://www.instagram.com/p/new/',
    });
    expect(exposures.find((e) => e.kind === 'followed')!.account).toBe('new.follow');
    expect(exposures.find((e) => e.kind === 'search')!.label).toBe('searched.profile');
    expect(exposures.find((e) => e.kind === 'viewed' && e.url === 'https://news.example/story')!.label).toBe(
      'Breaking: shocking claim',
    );
  });

  it('matches French labels through the label tables', async () => {
    const { items, exposures, summary } = await importFiles(instagramFrenchFiles());
    expect(items.find((item) => item.kind === 'comment')).toMatchObject({
      text: 'Quel scandale, franchement',
      timestamp: ms('2024-07-01T12:00:00Z'),
      author: OWNER.name,
    });
    expect(exposures.find((e) => e.kind === 'viewed')!.account).toBe('auteur.vu');
    expect(summary.unknownLabels).toEqual([]);
  });
});
