import type { StudySummaryV1, SummaryV1 } from './types';

const HEADER = ['table', 'section', 'row_key', 'row', 'column', 'count', 'share'];

const field = (value: string | number | null | undefined): string => {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The summary as one long CSV: one line per cell (`table,section,row_key,row,column,count,share`, an empty
 * count or share where it is withheld), after `_meta` lines whose `row` is a field name and `column` its value.
 */
export function summaryToCsv(summary: SummaryV1 | StudySummaryV1): string {
  const lines = [HEADER.join(',')];
  const meta = (name: string, value: string | number | null) =>
    lines.push(['_meta', '', 'field', name, value, '', ''].map(field).join(','));
  meta('format', summary.format);
  meta('version', summary.version);
  meta('k', summary.protection.k);
  if (summary.format === 'loupe-summary') {
    meta('export_id', summary.exportId);
    meta('study_code', summary.studyCode);
    meta('app_version', summary.app.version);
    meta('model_id', summary.model.id);
    for (const [label, threshold] of Object.entries(summary.model.thresholds))
      meta(`threshold_${label}`, threshold);
    meta('epsilon', summary.protection.noise?.epsilon ?? null);
    meta('excluded_labels', summary.exclusions.labels.join(' '));
    meta('excluded_months', summary.exclusions.months.join(' '));
    meta('excluded_sections', summary.exclusions.sections.join(' '));
    meta('dropped_tables', summary.exclusions.droppedTables.join(' '));
  } else {
    meta('participants', summary.participants);
    meta('study_codes', summary.studyCodes.join(' '));
    meta('model_ids', summary.modelIds.join(' '));
  }
  for (const table of summary.tables) {
    table.rows.forEach((row, r) =>
      table.columns.forEach((column, c) =>
        lines.push(
          [
            table.id,
            table.section,
            table.rowKey,
            row,
            column,
            table.counts[r]?.[c] ?? null,
            table.shares?.[r]?.[c] ?? null,
          ]
            .map(field)
            .join(','),
        ),
      ),
    );
  }
  return lines.join('\n') + '\n';
}
