import { relationsOf } from './relations';
import { suppressCells } from './suppression';
import { withShares } from './build-summary';
import { parseSummary } from './validate';
import {
  DEFAULT_K,
  STUDY_FORMAT,
  STUDY_VERSION,
  type StudySummaryV1,
  type SummaryTable,
  type SummaryV1,
} from './types';

export interface SummaryFile {
  /** How the caller names the file (a path); only echoed back in `rejected`. */
  readonly name: string;
  readonly text: string;
}

export interface MergeResult {
  /** Null when no file could be used. */
  readonly study: StudySummaryV1 | null;
  readonly merged: readonly string[];
  readonly rejected: readonly { readonly file: string; readonly reason: string }[];
}

type StudyTable = SummaryTable & { participants: number };

/**
 * Study-level tables from many participants' summaries: versions and shape are validated, duplicates
 * (same export id) rejected, published counts summed cell by cell (withheld contributions are missing, so
 * study cells are lower bounds), then small-cell and complementary suppression applied again at study level.
 */
export function mergeSummaries(
  files: readonly SummaryFile[],
  options: { readonly k?: number } = {},
): MergeResult {
  const k = options.k ?? DEFAULT_K;
  const rejected: { file: string; reason: string }[] = [];
  const accepted: { name: string; summary: SummaryV1 }[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const parsed = parseSummary(file.text);
    if (!parsed.ok) {
      rejected.push({ file: file.name, reason: parsed.reason });
      continue;
    }
    const earlier = seen.get(parsed.summary.exportId);
    if (earlier !== undefined) {
      rejected.push({ file: file.name, reason: `the same export as ${earlier}` });
      continue;
    }
    seen.set(parsed.summary.exportId, file.name);
    accepted.push({ name: file.name, summary: parsed.summary });
  }
  if (accepted.length === 0) return { study: null, merged: [], rejected };

  const tables = mergeTables(accepted.map((entry) => entry.summary));
  const mask = suppressCells(
    tables.map((table) => table.counts.map((row) => row.map((count) => count ?? 0))),
    relationsOf(tables),
    k,
    // Sums hold exactly where no participant withheld a part; the interval rule then matters.
    true,
  );
  const protectedTables = tables.map((table, t) => ({
    ...table,
    counts: table.counts.map((row, r) => row.map((count, c) => (mask[t]![r]![c] ? null : count))),
    epsilon: null,
  }));
  const distinct = (values: readonly (string | null)[]) =>
    [...new Set(values.filter((v): v is string => v !== null))].sort();
  const summaries = accepted.map((entry) => entry.summary);
  return {
    study: {
      format: STUDY_FORMAT,
      version: STUDY_VERSION,
      participants: accepted.length,
      studyCodes: distinct(summaries.map((s) => s.studyCode)),
      modelIds: distinct(summaries.map((s) => s.model.id)),
      appVersions: distinct(summaries.map((s) => s.app.version)),
      protection: { k, suppression: 'primary-and-complementary' },
      tables: withShares(protectedTables),
    },
    merged: accepted.map((entry) => entry.name),
    rejected,
  };
}

function mergeTables(summaries: readonly SummaryV1[]): StudyTable[] {
  const merged = new Map<
    string,
    {
      table: SummaryTable;
      rows: string[];
      columns: string[];
      cells: Map<string, number>;
      participants: number;
      sensitivity: number;
    }
  >();
  for (const summary of summaries) {
    for (const table of summary.tables) {
      let entry = merged.get(table.id);
      if (!entry) {
        entry = { table, rows: [], columns: [], cells: new Map(), participants: 0, sensitivity: 0 };
        merged.set(table.id, entry);
      }
      entry.participants++;
      entry.sensitivity = Math.max(entry.sensitivity, table.sensitivity);
      for (const row of table.rows) if (!entry.rows.includes(row)) entry.rows.push(row);
      for (const column of table.columns) if (!entry.columns.includes(column)) entry.columns.push(column);
      table.rows.forEach((row, r) =>
        table.columns.forEach((column, c) => {
          const count = table.counts[r]?.[c];
          const key = `${row}\u0000${column}`;
          entry.cells.set(key, (entry.cells.get(key) ?? 0) + (count ?? 0));
        }),
      );
    }
  }
  return [...merged.values()].map(({ table, rows, columns, cells, participants, sensitivity }) => {
    const orderedRows = table.rowKey === 'month' ? [...rows].sort(byMonthThenUndated) : rows;
    return {
      id: table.id,
      section: table.section,
      rowKey: table.rowKey,
      rows: orderedRows,
      columns,
      counts: orderedRows.map((row) => columns.map((column) => cells.get(`${row}\u0000${column}`) ?? 0)),
      ...(table.shareOf ? { shareOf: table.shareOf } : {}),
      sensitivity,
      epsilon: null,
      participants,
    };
  });
}

const byMonthThenUndated = (a: string, b: string): number =>
  a === b ? 0 : a === 'undated' ? 1 : b === 'undated' ? -1 : a < b ? -1 : 1;
