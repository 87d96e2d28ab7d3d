import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LABELS, asItemId, type Label, type Thresholds } from '@core/model';
import { flaggedLabels, isMonthKey, modelFlags, monthOf } from '@core/report';

describe('monthOf', () => {
  it('agrees with the UTC calendar for any time from 1900 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }), (ms) => {
        expect(monthOf(ms)).toBe(new Date(ms).toISOString().slice(0, 7));
      }),
      { seed: 7, numRuns: process.env.LOUPE_STRESS === '1' ? 100_000 : 2_000 },
    );
  });

  it('puts the last millisecond of a month in that month, in UTC', () => {
    expect(monthOf(Date.UTC(2024, 1, 29, 23, 59, 59, 999))).toBe('2024-02');
    expect(monthOf(Date.UTC(2024, 2, 1))).toBe('2024-03');
    expect(isMonthKey('2024-13')).toBe(false);
    expect(isMonthKey('2024-12')).toBe(true);
  });
});

describe('modelFlags', () => {
  it('sets bit i for LABELS[i] exactly when the score reaches its threshold', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
          minLength: LABELS.length,
          maxLength: LABELS.length,
        }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
          minLength: LABELS.length,
          maxLength: LABELS.length,
        }),
        (values, limits) => {
          const scores = Object.fromEntries(LABELS.map((label, i) => [label, values[i]!])) as Record<
            Label,
            number
          >;
          const thresholds = Object.fromEntries(LABELS.map((label, i) => [label, limits[i]!])) as Thresholds;
          const bits = modelFlags(
            { itemId: asItemId('x'), modelId: 'm', language: 'en', status: 'scored', scores },
            thresholds,
          );
          expect(flaggedLabels(bits)).toEqual(LABELS.filter((label, i) => values[i]! >= limits[i]!));
        },
      ),
      { seed: 8, numRuns: 500 },
    );
  });
});
