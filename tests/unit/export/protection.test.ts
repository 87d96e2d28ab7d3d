import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LABELS } from '@core/model';
import {
  SECTIONS,
  buildSummary,
  relationsOf,
  seededRandom,
  type Exclusions,
  type SummaryV1,
} from '@core/export';
import { archiveArbitrary, reportOf } from './arbitraries';
import { attack } from './attacker';

const exclusionsArbitrary: fc.Arbitrary<Partial<Exclusions>> = fc.record({
  labels: fc.subarray([...LABELS], { maxLength: 3 }),
  months: fc.subarray(['2021-04', '2021-06', '2021-09'], { maxLength: 2 }),
  sections: fc.subarray([...SECTIONS], { maxLength: 2 }),
});

function cells(summary: SummaryV1): (number | null)[] {
  return summary.tables.flatMap((table) => table.counts.flat());
}

describe('small-cell and complementary suppression', () => {
  it('publishes no count in [1, k-1], and no margin attacker recovers a withheld cell', () => {
    fc.assert(
      fc.property(
        archiveArbitrary,
        fc.integer({ min: 2, max: 15 }),
        fc.option(exclusionsArbitrary, { nil: undefined }),
        fc.integer(),
        (archive, k, exclusions, seed) => {
          const report = reportOf(archive);
          const published = buildSummary(report, { k, exclusions, random: seededRandom(seed) });
          const exact = buildSummary(report, { k: 1, exclusions, random: seededRandom(seed) });
          expect(published.tables.map((t) => [t.id, t.rows, t.columns])).toEqual(
            exact.tables.map((t) => [t.id, t.rows, t.columns]),
          );
          expect(cells(exact).every((count) => count !== null)).toBe(true);
          for (const count of cells(published))
            expect(count === null || count === 0 || count >= k).toBe(true);
          // The relations the attacker uses are true facts about the exact counts.
          for (const relation of relationsOf(exact.tables)) {
            const at = (cell: { table: number; row: number; column: number }) =>
              exact.tables[cell.table]!.counts[cell.row]![cell.column]!;
            expect(relation.parts.reduce((sum, part) => sum + at(part), 0)).toBe(at(relation.total));
          }
          expect(attack(published, exact)).toEqual([]);
          for (const table of published.tables) {
            table.shares?.forEach((row, r) =>
              row.forEach((share, c) => {
                if (table.counts[r]![c] === null) expect(share).toBeNull();
              }),
            );
          }
        },
      ),
    );
  });

  it('catches a leak when complementary suppression is missing (the attacker works)', () => {
    const archive = fc.sample(
      archiveArbitrary.filter((a) => a.items.length > 60),
      { numRuns: 1, seed: 3 },
    )[0]!;
    const report = reportOf(archive);
    const exact = buildSummary(report, { k: 1, random: seededRandom(1) });
    const primaryOnly: SummaryV1 = {
      ...exact,
      tables: exact.tables.map((table) => ({
        ...table,
        counts: table.counts.map((row) =>
          row.map((count) => (count !== null && count >= 1 && count < 10 ? null : count)),
        ),
      })),
    };
    expect(attack(primaryOnly, exact).length).toBeGreaterThan(0);
  });
});
