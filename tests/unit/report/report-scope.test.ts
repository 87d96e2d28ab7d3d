import { describe, expect, it } from 'vitest';
import { LABELS, asEpochMs, type Item } from '@core/model';
import { computeReport, inRange, type ReportRequest } from '../../../renderer/src/ui/services/report-scope';
import type { ReportInputs } from '../../../renderer/src/db';
import { ARCHIVE_A, makeItems, makeScore } from '../db/fixtures';

const MODEL = 'm';
const JAN_2024 = Date.UTC(2024, 0, 15);
const MAR_2024 = Date.UTC(2024, 2, 15);

function inputs(): ReportInputs {
  const items: Item[] = makeItems(ARCHIVE_A, 0, 6).map((item, index) => ({
    ...item,
    timestamp: asEpochMs(index < 4 ? JAN_2024 : MAR_2024),
    links: index === 0 ? ['https://my-own-list.example/story'] : [],
  }));
  return {
    items,
    exposures: [],
    scores: items.map((item) => ({ ...makeScore(item, MODEL, 0.9), archiveId: ARCHIVE_A })),
    reviews: [{ itemId: items[1]!.id, verdict: 'not_divisive', at: 1, archiveId: ARCHIVE_A }],
  };
}

const request = (overrides: Partial<ReportRequest> = {}): ReportRequest => ({
  modelId: MODEL,
  thresholds: Object.fromEntries(LABELS.map((label) => [label, 0.5])) as ReportRequest['thresholds'],
  range: null,
  userLists: [],
  appVersion: 'test',
  ...overrides,
});

describe('the report the worker computes', () => {
  it('counts only the items, scores and reviews dated inside the brush range', () => {
    const scoped = inRange(inputs(), { from: '2024-01', to: '2024-01' });
    expect(scoped.items).toHaveLength(4);
    expect(scoped.scores).toHaveLength(4);
    expect(scoped.reviews).toHaveLength(1);
    expect(inRange(inputs(), { from: '2024-03', to: '2024-03' }).reviews).toEqual([]);

    const all = computeReport(inputs(), request());
    const january = computeReport(inputs(), request({ range: { from: '2024-01', to: '2024-01' } }));
    const total = (report: typeof all) =>
      report.headline.authored.items + report.headline.received.items + report.headline.seen.items;
    expect(total(all)).toBe(6);
    expect(total(january)).toBe(4);
  });

  it("rates links against the user's own credibility lists", () => {
    const lists: ReportRequest['userLists'] = [
      { name: 'mine', addedAt: 1, entries: [{ domain: 'my-own-list.example', rating: 'low' }] },
    ];
    expect(computeReport(inputs(), request()).links.linksByBucket.low).toBe(0);
    expect(computeReport(inputs(), request({ userLists: lists })).links.linksByBucket.low).toBe(1);
  });
});
