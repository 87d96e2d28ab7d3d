import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSummary, mergeSummaries, seededRandom, type SummaryV1 } from '@core/export';
import studySchema from '@core/export/study-v1.schema.json';
import { runLoupe } from '../../harness/cli';
import { archiveArbitrary, reportOf } from './arbitraries';
import { attack } from './attacker';

const archives = fc.sample(
  archiveArbitrary.filter((a) => a.items.length > 60),
  { numRuns: 4, seed: 21 },
);
const summaries = archives.map((archive, i) =>
  buildSummary(reportOf(archive), { k: 3, random: seededRandom(i), studyCode: 'S1' }),
);
const file = (name: string, summary: unknown) => ({ name, text: JSON.stringify(summary) });
const cell = (
  summary: { tables: readonly SummaryV1['tables'][number][] },
  id: string,
  row: string,
  column: string,
) => {
  const table = summary.tables.find((t) => t.id === id)!;
  return table.counts[table.rows.indexOf(row)]?.[table.columns.indexOf(column)];
};

describe('mergeSummaries', () => {
  it('sums published counts across participants and applies suppression again at study level', () => {
    const result = mergeSummaries(
      summaries.map((s, i) => file(`p${i}.json`, s)),
      { k: 10 },
    );
    const study = result.study!;
    expect(result.rejected).toEqual([]);
    const validateStudy = new Ajv({ allErrors: true }).compile(studySchema);
    expect(validateStudy(JSON.parse(JSON.stringify(study))), JSON.stringify(validateStudy.errors)).toBe(true);
    expect(study).toMatchObject({ format: 'loupe-study', version: 1, participants: 4, studyCodes: ['S1'] });
    for (const count of study.tables.flatMap((t) => t.counts.flat()))
      expect(count === null || count === 0 || count >= 10).toBe(true);
    const expected = summaries.reduce(
      (sum, s) => sum + (cell(s, 'items_direction', 'all', 'scored') ?? 0),
      0,
    );
    const merged = cell(study, 'items_direction', 'all', 'scored');
    expect(merged === null ? expected < 10 : merged === expected).toBe(true);
    expect(JSON.stringify(study)).not.toMatch(/exportId|[0-9a-f]{32}/);
  });

  it('leaves no withheld study cell recoverable from the study margins', () => {
    const exactFiles = archives.map((archive, i) =>
      file(`e${i}.json`, buildSummary(reportOf(archive), { k: 1, random: seededRandom(i) })),
    );
    const exact = mergeSummaries(exactFiles, { k: 1 }).study!;
    const study = mergeSummaries(exactFiles, { k: 25 }).study!;
    expect(study.tables.flatMap((t) => t.counts.flat()).some((count) => count === null)).toBe(true);
    expect(attack(study, exact)).toEqual([]);
  });

  it('rejects wrong versions, corrupt files, duplicates and files with small cells, with reasons', () => {
    const good = summaries[0]!;
    const firstTable = good.tables[0]!;
    const smallCell = {
      ...good,
      exportId: 'f'.repeat(32),
      tables: [
        {
          ...firstTable,
          counts: firstTable.counts.map((row, r) => row.map((c, i) => (r === 0 && i === 0 ? 2 : c))),
        },
        ...good.tables.slice(1),
      ],
    };
    const result = mergeSummaries(
      [
        file('good.json', good),
        { name: 'broken.json', text: '{"format": "loupe-summary", ' },
        file('v2.json', { ...good, version: 2 }),
        file('other.json', { hello: 'world' }),
        file('again.json', good),
        file('small.json', smallCell),
        file('fields.json', { ...good, exportId: 'x', tables: 'none' }),
      ],
      { k: 10 },
    );
    expect(result.merged).toEqual(['good.json']);
    expect(result.rejected).toEqual([
      { file: 'broken.json', reason: 'not valid JSON' },
      { file: 'v2.json', reason: 'unsupported summary version 2 (this Loupe reads version 1)' },
      { file: 'other.json', reason: 'not a Loupe summary' },
      { file: 'again.json', reason: 'the same export as good.json' },
      { file: 'small.json', reason: `invalid summary: tables[0].counts[0][0]: a published count below k` },
      { file: 'fields.json', reason: 'invalid summary: exportId: not 32 hex digits' },
    ]);
  });

  it('returns no study when nothing is usable', () => {
    expect(mergeSummaries([{ name: 'x', text: 'nope' }])).toEqual({
      study: null,
      merged: [],
      rejected: [{ file: 'x', reason: 'not valid JSON' }],
    });
  });
});

describe('npm run loupe -- merge', () => {
  const dir = mkdtempSync(join(tmpdir(), 'loupe-merge-'));
  const paths = summaries.map((summary, i) => {
    const path = join(dir, `p${i}.json`);
    writeFileSync(path, JSON.stringify(summary));
    return path;
  });
  const corrupt = join(dir, 'corrupt.json');
  writeFileSync(corrupt, '{"format":');

  it('writes the merged file, names rejected files on stderr and prints one JSON line', () => {
    const out = join(dir, 'study.json');
    const run = runLoupe(['merge', ...paths, corrupt, join(dir, 'missing.json'), '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stderr.trim().split('\n')).toEqual([
      `loupe: rejected ${join(dir, 'missing.json')}: no such file`,
      `loupe: rejected ${corrupt}: not valid JSON`,
    ]);
    const line = JSON.parse(run.stdout.trim()) as {
      out: string;
      participants: number;
      merged: string[];
      rejected: unknown[];
    };
    expect(line).toMatchObject({ out, participants: 4, merged: paths });
    expect(line.rejected).toHaveLength(2);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ format: 'loupe-study', participants: 4 });
  });

  it('exits 2 with one loupe: line when no file is usable', () => {
    const run = runLoupe(['merge', corrupt, '--out', join(dir, 'none.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`loupe: no usable summary among 1 file(s) (${corrupt}: not valid JSON)\n`);
    expect(run.stdout).toBe('');
  });

  it('refuses a call without --out', () => {
    const run = runLoupe(['merge', ...paths]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('loupe: merge needs --out FILE\n');
  });
});

describe('validateSummary', () => {
  const good = summaries[0]!;
  const firstTable = good.tables[0]!;
  it.each([
    ['an unknown top-level field', { ...good, note: 'free text' }, 'invalid summary: summary: unknown field'],
    [
      'an unknown table',
      { ...good, tables: [{ ...firstTable, id: 'names' }] },
      'invalid summary: tables[0].id: not a known table',
    ],
    [
      'a row that is not vocabulary',
      { ...good, tables: [{ ...firstTable, rows: ['alice', ...firstTable.rows.slice(1)] }] },
      'invalid summary: tables[0].rows[0]: not a known row',
    ],
    [
      'a column that is not vocabulary',
      { ...good, tables: [{ ...firstTable, columns: ['bob', ...firstTable.columns.slice(1)] }] },
      'invalid summary: tables[0].columns[0]: not a known column',
    ],
    [
      'a field added to a table',
      { ...good, tables: [{ ...firstTable, author: 'x' }] },
      'invalid summary: tables[0]: unknown field',
    ],
    [
      'a negative count',
      { ...good, tables: [{ ...firstTable, counts: firstTable.counts.map((row) => row.map(() => -1)) }] },
      'invalid summary: tables[0].counts[0][0]: not an allowed value',
    ],
  ])('rejects %s without quoting it', (_, summary, reason) => {
    expect(mergeSummaries([file('f.json', summary)]).rejected).toEqual([{ file: 'f.json', reason }]);
  });
});
