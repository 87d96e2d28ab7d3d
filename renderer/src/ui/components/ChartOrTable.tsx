import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface TableColumn<Row> {
  readonly key: string;
  readonly header: string;
  readonly numeric?: boolean;
  render(row: Row): ReactNode;
}

export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
}: {
  caption: string;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  rowKey(row: Row): string;
}) {
  return (
    <table>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key} scope="col" className={column.numeric ? 'num' : undefined}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((column) => (
              <td key={column.key} className={column.numeric ? 'num' : undefined}>
                {column.render(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every chart has a table alternative, one click away, with the same numbers. */
export function ChartOrTable({ title, chart, table }: { title: string; chart: ReactNode; table: ReactNode }) {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  const id = useId();
  return (
    <section className="card" aria-labelledby={id}>
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2 id={id} style={{ margin: 0 }}>
          {title}
        </h2>
        <button
          type="button"
          className="secondary"
          onClick={() => setAsTable((value) => !value)}
          aria-pressed={asTable}
        >
          {asTable ? t('common.showChart') : t('common.showTable')}
        </button>
      </div>
      {asTable ? table : <div aria-hidden="true">{chart}</div>}
      {!asTable && <div className="sr-only">{table}</div>}
    </section>
  );
}
