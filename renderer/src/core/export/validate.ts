import { LABELS, isLabel } from '../model';
import { isMonthKey } from '../report';
import { STUDY_CODE } from './build-summary';
import { COLUMN_VOCABULARY, ROW_VOCABULARY, TABLE_IDS } from './vocabulary';
import { SECTIONS, SUMMARY_FORMAT, SUMMARY_VERSION, type SummaryV1 } from './types';

export type ParsedSummary =
  { readonly ok: true; readonly summary: SummaryV1 } | { readonly ok: false; readonly reason: string };

/** Keys and vocabulary words: what rows, columns, ids and names may look like (never free text). */
const KEY = /^[A-Za-z0-9][A-Za-z0-9._+\-/]{0,79}$/;

const SUMMARY_FIELDS = new Set([
  'format',
  'version',
  'exportId',
  'studyCode',
  'app',
  'model',
  'protection',
  'exclusions',
  'tables',
]);
const TABLE_FIELDS = new Set([
  'id',
  'section',
  'rowKey',
  'rows',
  'columns',
  'counts',
  'shares',
  'shareOf',
  'sensitivity',
  'epsilon',
]);

class Invalid extends Error {}
const fail = (where: string, what: string): never => {
  throw new Invalid(`${where}: ${what}`);
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function keys(value: unknown, where: string): string[] {
  if (!Array.isArray(value)) return fail(where, 'not a list');
  value.forEach((entry, i) => {
    if (typeof entry !== 'string' || !KEY.test(entry)) fail(`${where}[${i}]`, 'not a key');
  });
  return value as string[];
}

function grid(
  value: unknown,
  rows: number,
  columns: number,
  where: string,
  cell: (v: unknown) => boolean,
): void {
  if (!Array.isArray(value) || value.length !== rows) return fail(where, 'wrong number of rows');
  value.forEach((row: unknown, r) => {
    if (!Array.isArray(row) || row.length !== columns) fail(`${where}[${r}]`, 'wrong number of columns');
    (row as unknown[]).forEach((entry, c) => {
      if (!cell(entry)) fail(`${where}[${r}][${c}]`, 'not an allowed value');
    });
  });
}

const isCount = (v: unknown) => v === null || (typeof v === 'number' && Number.isInteger(v) && v >= 0);
const isShare = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v) && v >= 0);

function checkTables(value: unknown, k: number): void {
  if (!Array.isArray(value)) return fail('tables', 'not a list');
  const ids = new Set<string>();
  value.forEach((table: unknown, t) => {
    const where = `tables[${t}]`;
    if (!isObject(table)) return fail(where, 'not an object');
    if (typeof table.id !== 'string' || !TABLE_IDS.has(table.id)) fail(`${where}.id`, 'not a known table');
    if (ids.has(table.id as string)) fail(`${where}.id`, 'duplicate table');
    ids.add(table.id as string);
    if (!(SECTIONS as readonly unknown[]).includes(table.section))
      fail(`${where}.section`, 'unknown section');
    const vocabulary = typeof table.rowKey === 'string' ? ROW_VOCABULARY[table.rowKey] : undefined;
    if (!vocabulary) return fail(`${where}.rowKey`, 'not a known row key');
    const rows = keys(table.rows, `${where}.rows`);
    rows.forEach((row, r) => {
      if (!vocabulary(row)) fail(`${where}.rows[${r}]`, 'not a known row');
    });
    const columns = keys(table.columns, `${where}.columns`);
    columns.forEach((column, c) => {
      if (!COLUMN_VOCABULARY.has(column)) fail(`${where}.columns[${c}]`, 'not a known column');
    });
    const extra = Object.keys(table).filter((name) => !TABLE_FIELDS.has(name));
    if (extra.length > 0) fail(where, 'unknown field');
    grid(table.counts, rows.length, columns.length, `${where}.counts`, isCount);
    (table.counts as (number | null)[][]).forEach((row, r) =>
      row.forEach((count, c) => {
        if (count !== null && count >= 1 && count < k)
          fail(`${where}.counts[${r}][${c}]`, 'a published count below k');
      }),
    );
    if (table.shares !== undefined)
      grid(table.shares, rows.length, columns.length, `${where}.shares`, isShare);
    if (
      table.shareOf !== undefined &&
      (!isObject(table.shareOf) ||
        typeof table.shareOf.table !== 'string' ||
        typeof table.shareOf.column !== 'string')
    )
      fail(`${where}.shareOf`, 'not a table and column');
    if (typeof table.sensitivity !== 'number' || !(table.sensitivity > 0))
      fail(`${where}.sensitivity`, 'not positive');
    if (table.epsilon !== null && (typeof table.epsilon !== 'number' || !(table.epsilon > 0)))
      fail(`${where}.epsilon`, 'not positive');
  });
}

/** Checks that a parsed JSON value is a `summary-v1` file; the reason never quotes the file's content. */
export function validateSummary(value: unknown): ParsedSummary {
  try {
    if (!isObject(value) || value.format !== SUMMARY_FORMAT)
      return { ok: false, reason: 'not a Loupe summary' };
    if (value.version !== SUMMARY_VERSION) {
      const version =
        typeof value.version === 'number' && Number.isInteger(value.version) ? value.version : 'unknown';
      return {
        ok: false,
        reason: `unsupported summary version ${version} (this Loupe reads version ${SUMMARY_VERSION})`,
      };
    }
    if (Object.keys(value).some((name) => !SUMMARY_FIELDS.has(name))) fail('summary', 'unknown field');
    if (typeof value.exportId !== 'string' || !/^[0-9a-f]{32}$/.test(value.exportId))
      fail('exportId', 'not 32 hex digits');
    if (
      value.studyCode !== null &&
      (typeof value.studyCode !== 'string' || !STUDY_CODE.test(value.studyCode))
    )
      fail('studyCode', 'not a study code');
    if (!isObject(value.app) || typeof value.app.version !== 'string' || !KEY.test(value.app.version))
      fail('app.version', 'not a version');
    const model = value.model;
    if (!isObject(model) || (model.id !== null && (typeof model.id !== 'string' || !KEY.test(model.id))))
      fail('model.id', 'not a model id');
    const thresholds = (model as Record<string, unknown>).thresholds;
    if (
      !isObject(thresholds) ||
      !LABELS.every(
        (label) =>
          typeof thresholds[label] === 'number' &&
          (thresholds[label] as number) >= 0 &&
          (thresholds[label] as number) <= 1,
      )
    )
      fail('model.thresholds', 'not a threshold per label');
    const protection = value.protection;
    if (
      !isObject(protection) ||
      typeof protection.k !== 'number' ||
      !Number.isInteger(protection.k) ||
      protection.k < 1
    )
      return fail('protection.k', 'not a positive integer');
    if (protection.suppression !== 'primary-and-complementary')
      fail('protection.suppression', 'unknown method');
    const noise = protection.noise;
    if (
      noise !== null &&
      (!isObject(noise) ||
        noise.mechanism !== 'two-sided-geometric' ||
        typeof noise.epsilon !== 'number' ||
        !(noise.epsilon > 0) ||
        noise.unit !== 'item')
    )
      fail('protection.noise', 'not a known noise mechanism');
    const exclusions = value.exclusions;
    if (!isObject(exclusions)) return fail('exclusions', 'not an object');
    if (!keys(exclusions.labels, 'exclusions.labels').every(isLabel))
      fail('exclusions.labels', 'unknown label');
    if (!keys(exclusions.months, 'exclusions.months').every(isMonthKey))
      fail('exclusions.months', 'not a month');
    if (
      !keys(exclusions.sections, 'exclusions.sections').every((s) =>
        (SECTIONS as readonly string[]).includes(s),
      )
    )
      fail('exclusions.sections', 'unknown section');
    keys(exclusions.droppedTables, 'exclusions.droppedTables');
    checkTables(value.tables, protection.k);
    return { ok: true, summary: value as unknown as SummaryV1 };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, reason: `invalid summary: ${error.message}` };
    throw error;
  }
}

/** Parses and validates a summary file's text. */
export function parseSummary(text: string): ParsedSummary {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not valid JSON' };
  }
  return validateSummary(value);
}
