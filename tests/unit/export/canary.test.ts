import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LABELS } from '@core/model';
import { buildSummary, excludeFromSummary, mergeSummaries, seededRandom, summaryToCsv } from '@core/export';
import { CANARY, RUNS, archiveArbitrary, reportOf } from './arbitraries';

/** URLs, handles, domains, dates and epoch-ms numbers (not decimals such as 0.0066666666666). */
const LEAK = /https?:|www\.|@|\.example|\d{4}-\d{2}-\d{2}|(?<![.\d])\d{10,}/;

describe('no archive content reaches an export', () => {
  it('finds none of the planted texts, names, handles, URLs, ids or exact times in any summary or merged file', () => {
    fc.assert(
      fc.property(
        fc.array(archiveArbitrary, { minLength: 1, maxLength: 3 }),
        fc.option(fc.double({ min: 0.1, max: 5, noNaN: true }), { nil: undefined }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer(),
        (archives, epsilon, k, seed) => {
          const outputs: string[] = [];
          const exportIds: string[] = [];
          const files = archives.map((archive, i) => {
            const report = reportOf(archive);
            // The report itself does hold archive text (names, domains): that is the private view.
            if (archive.items.some((item) => item.direction !== 'authored'))
              expect(JSON.stringify(report)).toContain(CANARY);
            const summary = buildSummary(report, {
              k,
              random: seededRandom(seed + i),
              ...(epsilon === undefined ? {} : { epsilon }),
            });
            exportIds.push(summary.exportId);
            const trimmed = excludeFromSummary(summary, { labels: [LABELS[i]!] });
            outputs.push(
              JSON.stringify(summary),
              summaryToCsv(summary),
              JSON.stringify(trimmed),
              summaryToCsv(trimmed),
            );
            return { name: `participant-${i}.json`, text: JSON.stringify(summary) };
          });
          const merged = mergeSummaries(files, { k });
          expect(merged.study).not.toBeNull();
          outputs.push(JSON.stringify(merged.study), summaryToCsv(merged.study!));
          for (const id of exportIds) expect(id).toMatch(/^[0-9a-f]{32}$/);
          // Every canary is caught by one of the two checks below: it holds CANARY, or it is an exact
          // time (a 13-digit number or an ISO date) that the pattern rejects.
          const canaries = archives.flatMap((archive) => archive.canaries);
          for (const canary of canaries)
            expect(canary.includes(CANARY) || LEAK.test(canary), canary).toBe(true);
          for (const output of outputs) {
            expect(output).not.toContain(CANARY);
            // Random hex export ids may hold long digit runs: they are checked apart, as 32 hex digits.
            const withoutIds = exportIds.reduce((text, id) => text.replaceAll(id, ''), output);
            expect(withoutIds).not.toMatch(LEAK);
          }
        },
      ),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });
});
