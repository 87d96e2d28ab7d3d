import { isLabel } from '../model';
import { isMonthKey } from '../report';
import { DIRECTIONS, type RawTable } from './raw-tables';
import {
  NO_EXCLUSIONS,
  SECTIONS,
  type Exclusions,
  type SectionId,
  type SummaryTable,
  type SummaryV1,
} from './types';

/** Keeps only names an exclusion can hold: known labels, `YYYY-MM` months and known sections, sorted. */
export function normaliseExclusions(exclusions: Partial<Exclusions> | undefined): Exclusions {
  const given = { ...NO_EXCLUSIONS, ...exclusions };
  return {
    labels: [...new Set(given.labels.filter(isLabel))].sort(),
    months: [...new Set(given.months.filter(isMonthKey))].sort(),
    sections: [
      ...new Set(given.sections.filter((s): s is SectionId => (SECTIONS as readonly string[]).includes(s))),
    ].sort(),
  };
}

interface Shape {
  readonly id: string;
  readonly section: SectionId;
  readonly rowKey: string;
  readonly rows: readonly string[];
  readonly columns: readonly string[];
}

function withoutColumns<T extends Shape>(
  table: T,
  grid: readonly (readonly unknown[])[],
  drop: ReadonlySet<string>,
) {
  const keep = table.columns.map((column, i) => (drop.has(column) ? -1 : i)).filter((i) => i >= 0);
  return { columns: keep.map((i) => table.columns[i]!), grid: grid.map((row) => keep.map((i) => row[i])) };
}

function withoutRows<T extends Shape>(
  table: T,
  grid: readonly (readonly unknown[])[],
  drop: ReadonlySet<string>,
) {
  const keep = table.rows.map((row, i) => (drop.has(row) ? -1 : i)).filter((i) => i >= 0);
  return { rows: keep.map((i) => table.rows[i]!), grid: keep.map((i) => grid[i]!) };
}

/**
 * Exact tables with the exclusions applied before protection. A month is removed from the monthly tables,
 * the direction totals are summed again without it, and tables over the whole period that cannot be split
 * by month (kinds, histograms, languages, links, reviews, exposure kinds) are dropped, so that nothing
 * from an excluded month can be read back from a total.
 */
export function excludeFromRawTables(
  tables: readonly RawTable[],
  exclusions: Exclusions,
): { tables: RawTable[]; dropped: string[] } {
  const sections = new Set(exclusions.sections);
  const labels = new Set<string>(exclusions.labels);
  const months = new Set(exclusions.months);
  const dropped: string[] = [];
  let kept: RawTable[] = [];
  for (const table of tables) {
    if (sections.has(table.section)) continue;
    let next: RawTable = table;
    if (labels.size > 0) {
      const { columns, grid } = withoutColumns(next, next.values, labels);
      if (columns.length === 0) continue;
      next = { ...next, columns, values: grid as number[][] };
    }
    if (months.size > 0) {
      if (next.overTime && !next.id.endsWith('_direction')) {
        dropped.push(next.id);
        continue;
      }
      if (next.rowKey === 'month') {
        const { rows, grid } = withoutRows(next, next.values, months);
        next = { ...next, rows, values: grid as number[][] };
      }
    }
    kept.push(next);
  }
  if (months.size > 0) kept = kept.flatMap((table) => resummed(table, kept, dropped));
  return { tables: kept, dropped: dropped.sort() };
}

/** Direction totals summed again from the monthly tables left, or dropped when those are gone. */
function resummed(table: RawTable, tables: readonly RawTable[], dropped: string[]): RawTable[] {
  if (!table.overTime) return [table];
  const prefix =
    table.id === 'items_direction'
      ? 'items_month_'
      : table.id === 'flagged_direction'
        ? 'flagged_month_'
        : null;
  const monthly = DIRECTIONS.map((direction) => tables.find((t) => t.id === prefix + direction));
  if (prefix === null || monthly.some((t) => t === undefined)) {
    dropped.push(table.id);
    return [];
  }
  const sums = monthly.map((t) => t!.columns.map((_, c) => t!.values.reduce((sum, row) => sum + row[c]!, 0)));
  const all = table.columns.map((_, c) => sums.reduce((sum, row) => sum + row[c]!, 0));
  return [{ ...table, values: [...sums, all] }];
}

/**
 * Exclusions applied to a summary already protected: label columns, sections and month rows go, and so do
 * the tables that add up over every month (they would give an excluded month away and cannot be summed
 * again from withheld cells). `buildSummary` with `exclusions` keeps the direction totals instead.
 */
export function excludeFromSummary(summary: SummaryV1, exclusions: Partial<Exclusions>): SummaryV1 {
  const wanted = normaliseExclusions({
    labels: [...summary.exclusions.labels, ...(exclusions.labels ?? [])],
    months: [...summary.exclusions.months, ...(exclusions.months ?? [])],
    sections: [...summary.exclusions.sections, ...(exclusions.sections ?? [])],
  });
  const sections = new Set(wanted.sections);
  const labels = new Set<string>(wanted.labels);
  const months = new Set(wanted.months);
  const dropped = new Set(summary.exclusions.droppedTables);
  const tables: SummaryTable[] = [];
  for (const table of summary.tables) {
    if (sections.has(table.section)) continue;
    let next: SummaryTable = table;
    if (labels.size > 0) {
      const counts = withoutColumns(next, next.counts, labels);
      if (counts.columns.length === 0) continue;
      const shares = next.shares ? withoutColumns(next, next.shares, labels).grid : undefined;
      next = {
        ...next,
        columns: counts.columns,
        counts: counts.grid as (number | null)[][],
        ...(shares ? { shares: shares as (number | null)[][] } : {}),
      };
    }
    if (months.size > 0 && next.rowKey !== 'month' && !MONTHLESS.has(next.id)) {
      dropped.add(next.id);
      continue;
    }
    if (months.size > 0 && next.rowKey === 'month') {
      const counts = withoutRows(next, next.counts, months);
      const shares = next.shares ? withoutRows(next, next.shares, months).grid : undefined;
      next = {
        ...next,
        rows: counts.rows,
        counts: counts.grid as (number | null)[][],
        ...(shares ? { shares: shares as (number | null)[][] } : {}),
      };
    }
    tables.push(next);
  }
  return {
    ...summary,
    exclusions: { ...wanted, droppedTables: [...dropped].sort() },
    tables: stripShares(tables),
  };
}

/** Tables that hold no per-month data, so excluding a month leaves them as they are. */
const MONTHLESS: ReadonlySet<string> = new Set(['exposure_distinct', 'exposure_sensitive']);

/** Shares whose denominator table is gone are removed. */
function stripShares(tables: SummaryTable[]): SummaryTable[] {
  const ids = new Set(tables.map((table) => table.id));
  return tables.map((table) => {
    if (!table.shareOf || ids.has(table.shareOf.table)) return table;
    const { shares: _shares, shareOf: _shareOf, ...rest } = table;
    return rest;
  });
}
