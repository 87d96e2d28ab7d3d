import { useTranslation } from 'react-i18next';
import type { SummaryTableView } from '../../core/export';
import { formatNumber, formatShare } from '../i18n/format';
import { summaryKeyLabel } from '../services/summary-labels';

/** The summary's tables exactly as they will be written: withheld cells shown as such. */
export function SummaryPreview({ tables }: { tables: readonly SummaryTableView[] }) {
  const { t } = useTranslation();
  const sections = [...new Set(tables.map((table) => table.section))];
  return (
    <div className="summary-tables" data-testid="summary-tables">
      {sections.map((section, index) => (
        <details key={section} open={index === 0} className="card" data-section={section}>
          <summary>
            <strong>{t(`share.section.${section}`)}</strong>{' '}
            <span className="muted">
              {t('share.tableCount', { count: tables.filter((table) => table.section === section).length })}
            </span>
          </summary>
          <SummaryTables tables={tables.filter((table) => table.section === section)} />
        </details>
      ))}
    </div>
  );
}

function SummaryTables({ tables }: { tables: readonly SummaryTableView[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <>
      {tables.map((table) => (
        <section key={table.id} className="summary-table" data-table={table.id}>
          <h3>{t(table.titleKey, { defaultValue: table.id })}</h3>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t(table.rowKeyTitleKey, { defaultValue: '' })}</th>
                  {table.columns.map((column) => (
                    <th key={column.key} scope="col" className="num">
                      {summaryKeyLabel(t, locale, column.key)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{summaryKeyLabel(t, locale, row.key)}</th>
                    {row.cells.map((cell, index) => (
                      <td key={index} className="num">
                        {cell.withheld ? (
                          <span className="withheld" title={t('share.withheldHint')}>
                            {t('share.withheld')}
                          </span>
                        ) : (
                          <>
                            {formatNumber(locale, cell.count ?? 0)}
                            {cell.share !== null && (
                              <span className="muted"> ({formatShare(locale, cell.share)})</span>
                            )}
                          </>
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}
