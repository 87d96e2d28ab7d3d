import { describe, expect, it } from 'vitest';
import { buildSummary, geometricNoise, seededRandom } from '@core/export';
import fc from 'fast-check';
import { archiveArbitrary, reportOf } from './arbitraries';

const DRAWS = process.env.LOUPE_STRESS === '1' ? 2_000_000 : 100_000;

describe('two-sided geometric noise', () => {
  for (const [epsilon, sensitivity] of [
    [1, 1],
    [0.5, 1],
    [2, 8],
  ] as const) {
    it(`matches the stated epsilon ${epsilon} at sensitivity ${sensitivity}`, () => {
      const random = seededRandom(epsilon * 1000 + sensitivity);
      const counts = new Map<number, number>();
      let sum = 0;
      for (let i = 0; i < DRAWS; i++) {
        const z = geometricNoise(epsilon, sensitivity, random);
        counts.set(z, (counts.get(z) ?? 0) + 1);
        sum += z;
      }
      expect([...counts.keys()].every(Number.isInteger)).toBe(true);
      const alpha = Math.exp(-epsilon / sensitivity);
      const p = (z: number) => (counts.get(z) ?? 0) / DRAWS;
      // P(0) = (1 - α) / (1 + α).
      expect(Math.abs(p(0) - (1 - alpha) / (1 + alpha))).toBeLessThan(0.01);
      // P(z) / P(z + 1) = e^(ε/Δ) on both sides, where there are enough draws to measure it.
      for (const z of [0, 1, 2]) {
        expect(Math.log(p(z) / p(z + 1))).toBeCloseTo(epsilon / sensitivity, 1);
        expect(Math.log(p(-z) / p(-z - 1))).toBeCloseTo(epsilon / sensitivity, 1);
      }
      // Symmetric around zero.
      expect(Math.abs(sum / DRAWS)).toBeLessThan(
        (5 * Math.sqrt((2 * alpha) / (1 - alpha) ** 2)) / Math.sqrt(DRAWS),
      );
    });
  }

  it('refuses a non-positive epsilon', () => {
    expect(() => geometricNoise(0, 1, seededRandom(1))).toThrow(RangeError);
  });
});

describe('summaries with noise', () => {
  it('state epsilon and sensitivity per table, split the budget, and still publish no small cell', () => {
    fc.assert(
      fc.property(archiveArbitrary, fc.integer(), (archive, seed) => {
        const summary = buildSummary(reportOf(archive), { epsilon: 2, random: seededRandom(seed) });
        expect(summary.protection.noise).toEqual({
          mechanism: 'two-sided-geometric',
          epsilon: 2,
          unit: 'item',
        });
        const groups = new Map<string, number>();
        for (const table of summary.tables) {
          expect(table.epsilon).toBeGreaterThan(0);
          expect(table.sensitivity).toBeGreaterThan(0);
          const group = table.id.replace(/_(authored|received|seen)$/, '');
          groups.set(group, table.epsilon!);
          for (const count of table.counts.flat())
            expect(count === null || count === 0 || count >= 10).toBe(true);
        }
        // Sequential composition over groups; tables of one direction each are disjoint (parallel).
        const total = [...groups.values()].reduce((sum, epsilon) => sum + epsilon, 0);
        expect(total).toBeCloseTo(2, 9);
      }),
      { numRuns: 10 },
    );
  });

  it('draws different noise each time with the platform CSPRNG', () => {
    const archive = fc.sample(
      archiveArbitrary.filter((a) => a.items.length > 50),
      { numRuns: 1, seed: 9 },
    )[0]!;
    const report = reportOf(archive);
    const a = buildSummary(report, { epsilon: 1, k: 1 });
    const b = buildSummary(report, { epsilon: 1, k: 1 });
    expect(a.exportId).not.toBe(b.exportId);
    expect(JSON.stringify(a.tables)).not.toBe(JSON.stringify(b.tables));
  });
});
