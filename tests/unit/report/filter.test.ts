import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LABELS } from '@core/model';
import { applyRange, buildReport, filterItems, monthBounds, type ItemFilter } from '@core/report';
import { THRESHOLDS, rateBySuffix, syntheticData } from './synthetic';

fc.configureGlobal({ seed: 20261125, numRuns: process.env.LOUPE_STRESS === '1' ? 200 : 12 });

describe('filterItems gives the items behind each number of the report', () => {
  it('matches headline, trend, people and link counts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 400 }), (seed, count) => {
        const data = syntheticData(count, seed);
        const report = buildReport(data.items, data.exposures, data.scores, data.reviews, THRESHOLDS, {
          appVersion: 't',
          rateUrl: rateBySuffix,
        });
        const count_ = (filter: ItemFilter) =>
          filterItems(data.items, data.scores, data.reviews, THRESHOLDS, filter, { rateUrl: rateBySuffix })
            .length;
        for (const label of LABELS) {
          expect(count_({ label })).toBe(report.headline.all.flagged[label]);
          expect(count_({ label, directions: ['seen'] })).toBe(report.headline.seen.flagged[label]);
        }
        expect(count_({ flagged: 'any' })).toBe(report.headline.all.flaggedAny);
        expect(count_({ status: 'unsupported_language' })).toBe(report.headline.all.unsupportedLanguage);
        expect(count_({ linkBucket: 'low' })).toBe(report.links.itemsByBucket.low);
        const month = report.trend.byDirection.received[0];
        if (month) {
          const filter = applyRange(
            { directions: ['received'], label: 'divisive' },
            { from: month.month, to: month.month },
          );
          expect(count_(filter)).toBe(month.flagged.divisive);
        }
        const person = report.people.accounts.byVolume[0];
        if (person) {
          expect(count_({ person: person.name, directions: ['received', 'seen'] })).toBe(person.sent.items);
          expect(count_({ conversationsWith: person.name, directions: ['authored'] })).toBe(
            person.userWrote.items,
          );
        }
        const thread = report.people.conversations.byVolume[0];
        if (thread)
          expect(
            count_({ conversation: thread.conversation, directions: ['authored'], flagged: 'any' }),
          ).toBe(thread.userWrote.flaggedAny);
      }),
    );
  });

  it('searches text, filters by score range, kind, archive and language', () => {
    const data = syntheticData(300, 7);
    const run = (filter: ItemFilter) =>
      filterItems(data.items, data.scores, data.reviews, THRESHOLDS, filter);
    expect(run({ text: 'TEXT 12' }).map((item) => item.text)).toEqual([
      'text 12',
      ...Array.from({ length: 10 }, (_, i) => `text ${120 + i}`),
    ]);
    const high = run({ scoreRange: { label: 'hate', min: 0.8 } });
    const scoreOf = new Map(data.scores.map((score) => [score.itemId, score]));
    expect(high.every((item) => (scoreOf.get(item.id)?.scores?.hate ?? 0) >= 0.8)).toBe(true);
    expect(run({ kinds: ['comment'] }).every((item) => item.kind === 'comment')).toBe(true);
    expect(run({ archiveId: data.items[0]!.archiveId }).length).toBeGreaterThan(0);
    expect(run({ language: 'fr' }).every((item) => scoreOf.get(item.id)?.language === 'fr')).toBe(true);
  });
});

describe('applyRange', () => {
  it('sets an inclusive month range in UTC, in either order, and clears it', () => {
    const filter = applyRange({ label: 'hate' }, { from: '2024-05', to: '2024-02' });
    expect(filter).toEqual({
      label: 'hate',
      dateRange: { from: Date.UTC(2024, 1, 1), to: Date.UTC(2024, 5, 1) },
    });
    expect(applyRange(filter, null)).toEqual({ label: 'hate' });
    expect(monthBounds('2024-12')).toEqual({ start: Date.UTC(2024, 11, 1), end: Date.UTC(2025, 0, 1) });
  });
});
