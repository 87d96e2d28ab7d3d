import type { ReportModel } from '../report';
import { excludeFromRawTables, normaliseExclusions } from './exclusions';
import { addNoise } from './noise';
import { cryptoRandom, randomId } from './random';
import { rawTablesFromReport, type RawTable } from './raw-tables';
import { relationsOf } from './relations';
import { suppressCells } from './suppression';
import {
  DEFAULT_K,
  SUMMARY_FORMAT,
  SUMMARY_VERSION,
  type SummaryOptions,
  type SummaryTable,
  type SummaryV1,
} from './types';

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._+\-/]{0,79}$/;
export const STUDY_CODE = /^[A-Za-z0-9_-]{1,64}$/;

/** A model id or version string only when it looks like one (never archive text). */
export const safeName = (value: string | null): string | null =>
  value !== null && SAFE_NAME.test(value) ? value : null;

/**
 * The anonymised summary of a report: exact tables from the report model (never raw items), exclusions,
 * optional geometric noise, then small-cell and complementary suppression, and a fresh random export id.
 */
export function buildSummary(model: ReportModel, options: SummaryOptions = {}): SummaryV1 {
  const k = options.k ?? DEFAULT_K;
  if (!Number.isInteger(k) || k < 1) throw new RangeError('k must be a positive integer');
  if (options.studyCode !== undefined && !STUDY_CODE.test(options.studyCode)) {
    throw new RangeError('a study code has 1 to 64 letters, digits, - or _');
  }
  if (options.epsilon !== undefined && !(options.epsilon > 0 && Number.isFinite(options.epsilon))) {
    throw new RangeError('epsilon must be a positive number');
  }
  const random = options.random ?? cryptoRandom;
  const exclusions = normaliseExclusions(options.exclusions);
  const { tables: exact, dropped } = excludeFromRawTables(rawTablesFromReport(model), exclusions);

  const groups = [...new Set(exact.map((table) => table.budgetGroup))];
  const epsilonPerGroup = options.epsilon === undefined ? null : options.epsilon / Math.max(1, groups.length);
  const values = exact.map((table) =>
    epsilonPerGroup === null
      ? table.values
      : addNoise(table.values, epsilonPerGroup, table.sensitivity, random),
  );
  const mask = suppressCells(values, relationsOf(exact), k, epsilonPerGroup === null);
  const counts = values.map((grid, t) =>
    grid.map((row, r) => row.map((value, c) => (mask[t]![r]![c] ? null : value))),
  );

  return {
    format: SUMMARY_FORMAT,
    version: SUMMARY_VERSION,
    exportId: randomId(random),
    studyCode: options.studyCode ?? null,
    app: { version: safeName(model.meta.appVersion) ?? 'unknown' },
    model: { id: safeName(model.meta.modelId), thresholds: { ...model.meta.thresholds } },
    protection: {
      k,
      suppression: 'primary-and-complementary',
      noise:
        options.epsilon === undefined
          ? null
          : { mechanism: 'two-sided-geometric', epsilon: options.epsilon, unit: 'item' },
    },
    exclusions: { ...exclusions, droppedTables: dropped },
    tables: withShares(exact.map((table, t) => publishedTable(table, counts[t]!, epsilonPerGroup))),
  };
}

function publishedTable(table: RawTable, counts: (number | null)[][], epsilon: number | null): SummaryTable {
  return {
    id: table.id,
    section: table.section,
    rowKey: table.rowKey,
    rows: [...table.rows],
    columns: [...table.columns],
    counts,
    ...(table.shareOf ? { shareOf: table.shareOf } : {}),
    sensitivity: table.sensitivity,
    epsilon,
  };
}

/** Shares computed from published counts only: withheld where the count or its denominator is withheld. */
export function withShares<T extends SummaryTable>(tables: readonly T[]): T[] {
  const byId = new Map(tables.map((table) => [table.id, table]));
  return tables.map((table) => {
    if (!table.shareOf) return table;
    const denominatorTable = byId.get(table.shareOf.table);
    const column = denominatorTable?.columns.indexOf(table.shareOf.column) ?? -1;
    if (!denominatorTable || column < 0) {
      const { shareOf: _shareOf, shares: _shares, ...rest } = table;
      return rest as T;
    }
    const shares = table.rows.map((row, r) => {
      const denominatorRow = denominatorTable.rows.indexOf(row);
      const denominator =
        denominatorRow < 0 ? null : (denominatorTable.counts[denominatorRow]![column] ?? null);
      return table.counts[r]!.map((count) =>
        count === null || denominator === null || denominator === 0
          ? null
          : Math.round((count / denominator) * 10_000) / 10_000,
      );
    });
    return { ...table, shares };
  });
}
