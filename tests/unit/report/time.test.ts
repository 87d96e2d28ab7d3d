import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMonthKey, monthOf } from '@core/report';

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
