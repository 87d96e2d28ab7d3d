import type { StudySummaryV1, SummaryV1 } from './types';

export interface SummaryCellView {
  readonly count: number | null;
  readonly share: number | null;
  /** True where the count is suppressed. */
  readonly withheld: boolean;
}

export interface SummaryTableView {
  readonly id: string;
  readonly section: string;
  /** i18n keys: `summary.table.<id>`, `summary.rowKey.<rowKey>`. */
  readonly titleKey: string;
  readonly rowKeyTitleKey: string;
  readonly columns: readonly { readonly key: string; readonly titleKey: string }[];
  readonly rows: readonly { readonly key: string; readonly cells: readonly SummaryCellView[] }[];
}

/**
 * The summary as plain tables for the consent screen. Row and column keys are controlled vocabulary
 * (months, labels, kinds...), never archive text; title keys point into the UI's translations.
 */
export function summaryTablesView(summary: SummaryV1 | StudySummaryV1): { tables: SummaryTableView[] } {
  return {
    tables: summary.tables.map((table) => ({
      id: table.id,
      section: table.section,
      titleKey: `summary.table.${table.id}`,
      rowKeyTitleKey: `summary.rowKey.${table.rowKey}`,
      columns: table.columns.map((key) => ({ key, titleKey: `summary.column.${key}` })),
      rows: table.rows.map((key, r) => ({
        key,
        cells: table.columns.map((_, c) => {
          const count = table.counts[r]?.[c] ?? null;
          return { count, share: table.shares?.[r]?.[c] ?? null, withheld: count === null };
        }),
      })),
    })),
  };
}
