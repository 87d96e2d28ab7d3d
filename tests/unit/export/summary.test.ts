import Ajv from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildSummary,
  excludeFromSummary,
  parseSummary,
  seededRandom,
  summaryTablesView,
  summaryToCsv,
  type SummaryV1,
} from '@core/export';
import schema from '@core/export/summary-v1.schema.json';
import { archiveArbitrary, reportOf } from './arbitraries';

const validateAgainstSchema = new Ajv({ allErrors: true }).compile(schema);
const sample = fc.sample(
  archiveArbitrary.filter((a) => a.items.length > 80),
  { numRuns: 1, seed: 11 },
)[0]!;
const report = reportOf(sample);

const table = (summary: SummaryV1, id: string) => summary.tables.find((t) => t.id === id);

describe('buildSummary', () => {
  it('writes files that the JSON Schema and the validator accept, with or without noise and exclusions', () => {
    fc.assert(
      fc.property(archiveArbitrary, fc.boolean(), fc.integer(), (archive, noisy, seed) => {
        const summary = buildSummary(reportOf(archive), {
          random: seededRandom(seed),
          ...(noisy ? { epsilon: 3 } : {}),
          exclusions: { labels: ['hate'], months: ['2021-05'] },
        });
        const json = JSON.parse(JSON.stringify(summary));
        expect(validateAgainstSchema(json), JSON.stringify(validateAgainstSchema.errors)).toBe(true);
        expect(parseSummary(JSON.stringify(summary))).toEqual({ ok: true, summary: json });
      }),
      { numRuns: 15 },
    );
  });

  it('draws a new export id every time and records a study code only when given', () => {
    const a = buildSummary(report);
    const b = buildSummary(report);
    expect(a.exportId).toMatch(/^[0-9a-f]{32}$/);
    expect(a.exportId).not.toBe(b.exportId);
    expect(a.studyCode).toBeNull();
    expect(buildSummary(report, { studyCode: 'STUDY-42' }).studyCode).toBe('STUDY-42');
    expect(() => buildSummary(report, { studyCode: 'not a code!' })).toThrow(RangeError);
    expect(a.tables).toEqual(b.tables);
  });

  it('records the model, thresholds and app version, and shares from published counts', () => {
    const summary = buildSummary(report, { k: 1 });
    expect(summary.model).toEqual({ id: 'loupe-mini', thresholds: report.meta.thresholds });
    expect(summary.app.version).toBe('0.1.0');
    const flagged = table(summary, 'flagged_direction')!;
    const items = table(summary, 'items_direction')!;
    const all = flagged.rows.indexOf('all');
    expect(flagged.counts[all]).toEqual([...Object.values(report.headline.all.flagged)]);
    const scored = items.counts[items.rows.indexOf('all')]![0]!;
    if (scored > 0) expect(flagged.shares![all]![0]).toBeCloseTo(flagged.counts[all]![0]! / scored, 4);
  });
});

describe('exclusions', () => {
  it('remove excluded labels, sections and months, record their names, and keep totals consistent', () => {
    const month = report.trend.months[1]!;
    const summary = buildSummary(report, {
      k: 1,
      exclusions: { labels: ['hate', 'clickbait'], sections: ['exposure'], months: [month] },
    });
    expect(summary.exclusions).toMatchObject({
      labels: ['clickbait', 'hate'],
      sections: ['exposure'],
      months: [month],
    });
    expect(summary.exclusions.droppedTables).toContain('score_histogram');
    for (const t of summary.tables) {
      expect(t.columns).not.toContain('hate');
      expect(t.columns).not.toContain('clickbait');
      expect(t.rows).not.toContain(month);
      expect(t.section).not.toBe('exposure');
    }
    // Direction totals are the sums of the months left: the excluded month cannot be read back.
    for (const direction of ['authored', 'received', 'seen']) {
      const monthly = table(summary, `flagged_month_${direction}`)!;
      const totals = table(summary, 'flagged_direction')!;
      monthly.columns.forEach((_, c) => {
        const sum = monthly.counts.reduce((s, row) => s + row[c]!, 0);
        expect(totals.counts[totals.rows.indexOf(direction)]![c]).toBe(sum);
      });
    }
  });

  it('apply to a finished summary too, dropping totals over time when a month goes', () => {
    const full = buildSummary(report, { random: seededRandom(2) });
    const month = report.trend.months[0]!;
    const cut = excludeFromSummary(full, { months: [month], labels: ['divisive'], sections: ['reviews'] });
    expect(cut.tables.some((t) => t.rows.includes(month))).toBe(false);
    expect(cut.tables.some((t) => t.columns.includes('divisive'))).toBe(false);
    expect(cut.tables.some((t) => t.section === 'reviews')).toBe(false);
    expect(table(cut, 'flagged_direction')).toBeUndefined();
    expect(cut.exclusions.droppedTables).toContain('flagged_direction');
    expect(cut.exportId).toBe(full.exportId);
    expect(parseSummary(JSON.stringify(cut)).ok).toBe(true);
  });
});

describe('CSV and table view', () => {
  it('flatten every cell with its table, row and column, withheld cells empty', () => {
    const summary = buildSummary(report, { random: seededRandom(3) });
    const lines = summaryToCsv(summary).trimEnd().split('\n');
    expect(lines[0]).toBe('table,section,row_key,row,column,count,share');
    const cells = summary.tables.reduce((n, t) => n + t.rows.length * t.columns.length, 0);
    expect(lines.filter((line) => !line.startsWith('_meta')).length - 1).toBe(cells);
    expect(lines).toContain(`_meta,,field,export_id,${summary.exportId},,`);
    const withheld = summary.tables.flatMap((t) => t.counts.flat()).filter((c) => c === null).length;
    expect(lines.filter((line) => /^[a-z_]+,[a-z]+,[a-z_]+,[^,]+,[^,]+,,/.test(line)).length).toBe(withheld);

    const view = summaryTablesView(summary);
    expect(view.tables.map((t) => t.id)).toEqual(summary.tables.map((t) => t.id));
    const first = view.tables[0]!;
    expect(first.titleKey).toBe(`summary.table.${first.id}`);
    expect(first.rows[0]!.cells.length).toBe(first.columns.length);
  });
});

describe('reviews count in the summary', () => {
  it('a "not divisive" review removes the item from every divisive count; "correct" changes nothing', () => {
    const flaggedItem = sample.scores.find(
      (score) => score.status === 'scored' && score.scores!.divisive >= 0.5,
    )!;
    const withoutReviews = { ...sample, reviews: [] };
    const before = buildSummary(reportOf(withoutReviews), { k: 1 });
    const corrected = buildSummary(
      reportOf({
        ...withoutReviews,
        reviews: [{ itemId: flaggedItem.itemId, verdict: 'not_divisive', at: 1 }],
      }),
      { k: 1 },
    );
    const confirmed = buildSummary(
      reportOf({ ...withoutReviews, reviews: [{ itemId: flaggedItem.itemId, verdict: 'correct', at: 1 }] }),
      { k: 1 },
    );
    const divisive = (summary: SummaryV1) => {
      const t = table(summary, 'flagged_direction')!;
      return t.counts[t.rows.indexOf('all')]![t.columns.indexOf('divisive')]!;
    };
    expect(divisive(corrected)).toBe(divisive(before) - 1);
    expect(divisive(confirmed)).toBe(divisive(before));
    const reviews = table(corrected, 'reviews')!;
    expect(reviews.counts[reviews.rows.indexOf('not_divisive')]![0]).toBe(1);
  });
});
