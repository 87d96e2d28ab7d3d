import { describe, expect, it } from 'vitest';
import {
  LABELS,
  asArchiveId,
  asEpochMs,
  asExposureId,
  asItemId,
  type Exposure,
  type Item,
  type Label,
  type Score,
} from '@core/model';
import { buildReport, type ReportOptions } from '@core/report';
import { THRESHOLDS, rateBySuffix } from './synthetic';

const OPTIONS: ReportOptions = { appVersion: '1.2.3', now: 0, rateUrl: rateBySuffix, minScoredForShare: 1 };

function item(id: string, overrides: Partial<Item> = {}): Item {
  return {
    v: 1,
    id: asItemId(id),
    archiveId: asArchiveId('a1'),
    platform: 'instagram',
    kind: 'message',
    direction: 'received',
    author: 'alice',
    conversation: 'chat with alice',
    timestamp: asEpochMs(Date.UTC(2024, 2, 15)),
    text: 'hello',
    links: [],
    sourcePath: 'messages/inbox/alice/message_1.json',
    ...overrides,
  };
}

function scored(id: string, high: readonly Label[] = [], language = 'en'): Score {
  const scores = Object.fromEntries(
    LABELS.map((label) => [label, high.includes(label) ? 0.9 : 0.1]),
  ) as Record<Label, number>;
  return { itemId: asItemId(id), modelId: 'loupe-mini', language, status: 'scored', scores };
}

describe('buildReport', () => {
  const items: Item[] = [
    item('1'),
    item('2', { links: ['https://fake-news.example/story', 'https://tabloid.example/x'] }),
    item('3', { direction: 'authored', author: 'me', timestamp: asEpochMs(Date.UTC(2024, 4, 1)) }),
    item('4', { direction: 'seen', kind: 'post', author: 'bob', conversation: null }),
    item('5', { timestamp: null }),
    item('6'),
    item('7'),
  ];
  const scores: Score[] = [
    scored('1', ['divisive', 'hate']),
    scored('2', ['misleading']),
    scored('3', ['divisive', 'polarising'], 'fr'),
    scored('4', ['misleading', 'conspiracy', 'divisive']),
    scored('5'),
    {
      itemId: asItemId('6'),
      modelId: 'loupe-mini',
      language: 'de',
      status: 'unsupported_language',
      scores: null,
    },
  ];
  const report = buildReport(
    items,
    [],
    scores,
    [{ itemId: asItemId('4'), verdict: 'not_divisive', at: 1 }],
    THRESHOLDS,
    OPTIONS,
  );

  it('counts items, scored, unsupported and pending, never counting unscored ones as clean', () => {
    expect(report.headline.all).toMatchObject({
      items: 7,
      scored: 5,
      unsupportedLanguage: 1,
      pending: 1,
      empty: 0,
    });
    expect(report.headline.received).toMatchObject({
      items: 5,
      scored: 3,
      unsupportedLanguage: 1,
      pending: 1,
    });
    expect(report.headline.authored.items).toBe(1);
    expect(report.headline.seen.items).toBe(1);
  });

  it('derives flags from thresholds and lets a review clear a family', () => {
    expect(report.headline.all.flagged.divisive).toBe(2);
    expect(report.headline.all.flagged.hate).toBe(1);
    expect(report.headline.all.flagged.misleading).toBe(2);
    expect(report.headline.seen.flagged.divisive).toBe(0);
    expect(report.headline.seen.flagged.conspiracy).toBe(1);
    expect(report.headline.all.shares.divisive).toBeCloseTo(2 / 5);
    expect(report.reviews).toEqual({
      total: 1,
      byVerdict: { correct: 0, not_divisive: 1, not_misleading: 0 },
      changedFlags: 1,
    });
  });

  it('lays the trend out month by month in UTC, gaps included, undated apart', () => {
    expect(report.trend.months).toEqual(['2024-03', '2024-04', '2024-05']);
    const all = report.trend.byDirection.all;
    expect(all.map((month) => month.items)).toEqual([5, 0, 1]);
    expect(report.trend.byDirection.authored[2]?.flagged.polarising).toBe(1);
    expect(report.trend.undated.received.items).toBe(1);
    expect(report.meta.monthRange).toEqual({ first: '2024-03', last: '2024-05' });
  });

  it('reports low-credibility links beside the scores, with list domains only', () => {
    expect(report.links.linksByBucket.low).toBe(1);
    expect(report.links.linksByBucket.mixed).toBe(1);
    expect(report.headline.all.lowCredibilityLinks).toBe(1);
    expect(report.headline.all.flagged.misleading).toBe(2);
    expect(report.links.topDomains.map((d) => d.domain)).toEqual(['fake-news.example', 'tabloid.example']);
  });

  it('ranks accounts and conversations and shows what the user wrote to them', () => {
    const alice = report.people.accounts.byVolume[0]!;
    expect(alice.name).toBe('alice');
    expect(alice.sent.items).toBe(5);
    expect(alice.sent.flaggedAny).toBe(2);
    expect(alice.userWrote.items).toBe(1);
    const chat = report.people.conversations.byVolume[0]!;
    expect(chat).toMatchObject({ conversation: 'chat with alice', participants: 1 });
    expect(chat.userWrote.flagged.divisive).toBe(1);
    expect(report.people.accounts.byShare[0]!.name).toBe('bob');
  });

  it('counts kinds, languages and histograms', () => {
    expect(report.kinds.message?.items).toBe(6);
    expect(report.kinds.post?.flagged.misleading).toBe(1);
    expect(report.languages).toEqual({
      en: { scored: 4, unsupportedLanguage: 0 },
      fr: { scored: 1, unsupportedLanguage: 0 },
      de: { scored: 0, unsupportedLanguage: 1 },
    });
    expect(report.histograms.divisive[9]).toBe(3);
    expect(report.histograms.divisive[1]).toBe(2);
    expect(report.histograms.divisive.reduce((a, b) => a + b, 0)).toBe(5);
  });

  it('records model, thresholds, version and archives', () => {
    expect(report.meta).toMatchObject({
      version: 1,
      modelId: 'loupe-mini',
      appVersion: '1.2.3',
      generatedAt: 0,
    });
    expect(report.meta.archives).toEqual([
      {
        archiveId: 'a1',
        platform: 'instagram',
        items: 7,
        exposures: 0,
        firstMonth: '2024-03',
        lastMonth: '2024-05',
      },
    ]);
  });
});

describe('exposure summary', () => {
  const exposure = (
    id: number,
    kind: Exposure['kind'],
    label: string | null,
    sourcePath = 'ads.json',
  ): Exposure => ({
    v: 1,
    id: asExposureId(`e${id}`),
    archiveId: asArchiveId('a1'),
    platform: 'facebook',
    kind,
    label,
    account: label,
    url: null,
    timestamp: asEpochMs(Date.UTC(2023, 0, 10)),
    sourcePath,
  });
  const report = buildReport(
    [],
    [
      exposure(1, 'ad_interest', 'Politique française'),
      exposure(2, 'ad_interest', 'Cooking'),
      exposure(3, 'ad_interest', 'Cooking'),
      exposure(4, 'advertiser', 'Campagne électorale 2022'),
      exposure(5, 'topic', 'Climate change'),
      exposure(6, 'followed', 'someone'),
      exposure(7, 'viewed', null, 'your_activity/videos_watched.json'),
      exposure(8, 'viewed', null, 'your_activity/posts_viewed.json'),
    ],
    [],
    [],
    THRESHOLDS,
    OPTIONS,
  );

  it('counts distinct ad interests, advertisers and topics and marks sensitive ones', () => {
    const { exposure: summary } = report;
    expect(summary.adInterests.count).toBe(2);
    expect(summary.adInterests.entries[0]).toEqual({ label: 'Cooking', count: 2, categories: [] });
    expect(summary.adInterests.entries[1]!.categories).toEqual(['politics']);
    expect(summary.advertisers.entries[0]!.categories).toEqual(['elections']);
    expect(summary.topics.entries[0]!.categories).toEqual(['climate_environment']);
    expect(summary.sensitiveCategories).toMatchObject({
      politics: 1,
      elections: 1,
      climate_environment: 1,
      religion: 0,
    });
    expect(summary.accountsFollowed).toBe(1);
    expect(summary.viewed).toEqual({
      posts: 1,
      videos: 1,
      byMonth: [{ month: '2023-01', posts: 1, videos: 1 }],
    });
  });
});
