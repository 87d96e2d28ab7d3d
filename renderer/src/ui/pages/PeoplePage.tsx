import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationRow, PersonRow, Ranking, Tally } from '../../core/report';
import { DataTable, type TableColumn } from '../components/ChartOrTable';
import { EmptyState } from '../components/EmptyState';
import { CountLink } from '../components/Share';
import { ReportStatusNote } from '../components/ReportStatusNote';
import { useReportData } from '../services/report-data';
import type { ItemParams } from '../services/item-filter-params';

type Order = 'byVolume' | 'byShare';

function tallyColumns<Row>(
  prefix: string,
  heading: (key: string) => string,
  tallyOf: (row: Row) => Tally,
  paramsOf: (row: Row) => ItemParams,
): TableColumn<Row>[] {
  return [
    {
      key: `${prefix}-items`,
      header: heading('items'),
      numeric: true,
      render: (row) => <CountLink count={tallyOf(row).items} params={paramsOf(row)} />,
    },
    ...(['divisive', 'misleading'] as const).map((label) => ({
      key: `${prefix}-${label}`,
      header: heading(label),
      numeric: true,
      render: (row: Row) => (
        <CountLink
          count={tallyOf(row).flagged[label]}
          share={tallyOf(row).shares[label]}
          params={{ ...paramsOf(row), label }}
        />
      ),
    })),
  ];
}

function RankingTable<Row>({
  title,
  ranking,
  nameOf,
  columns,
  testId,
}: {
  title: string;
  ranking: Ranking<Row>;
  nameOf: (row: Row) => string;
  columns: TableColumn<Row>[];
  testId: string;
}) {
  const { t } = useTranslation();
  const [order, setOrder] = useState<Order>('byVolume');
  return (
    <section className="card" data-testid={testId}>
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2 style={{ margin: 0 }}>{title}</h2>
        <div role="group" aria-label={t('people.order')} className="row">
          {(['byVolume', 'byShare'] as const).map((key) => (
            <button
              key={key}
              type="button"
              className={order === key ? undefined : 'secondary'}
              aria-pressed={order === key}
              onClick={() => setOrder(key)}
            >
              {t(`people.${key}`)}
            </button>
          ))}
        </div>
      </div>
      <DataTable caption={title} rows={ranking[order]} rowKey={nameOf} columns={columns} />
      {ranking.total > ranking[order].length && (
        <p className="muted small">
          {t('people.truncated', { shown: ranking[order].length, total: ranking.total })}
        </p>
      )}
    </section>
  );
}

export function PeoplePage() {
  const { t } = useTranslation();
  const { report } = useReportData();
  if (!report) return <EmptyState loading />;
  if (report.headline.all.items === 0) return <EmptyState />;
  const sentHeading = (key: string) => (key === 'items' ? t('people.sent') : t(`labels.${key}`));
  const wroteHeading = (key: string) => (key === 'items' ? t('people.youWrote') : t(`labels.${key}`));
  const accountColumns: TableColumn<PersonRow>[] = [
    { key: 'name', header: t('people.account'), render: (row) => row.name },
    ...tallyColumns<PersonRow>(
      'sent',
      sentHeading,
      (row) => row.sent,
      (row) => ({ person: row.name }),
    ),
    ...tallyColumns<PersonRow>(
      'wrote',
      wroteHeading,
      (row) => row.userWrote,
      (row) => ({ with: row.name, direction: 'authored' }),
    ),
  ];
  const conversationColumns: TableColumn<ConversationRow>[] = [
    { key: 'name', header: t('people.conversation'), render: (row) => row.conversation },
    {
      key: 'participants',
      header: t('people.participants'),
      numeric: true,
      render: (row) => row.participants,
    },
    ...tallyColumns<ConversationRow>(
      'sent',
      sentHeading,
      (row) => row.sent,
      (row) => ({ conversation: row.conversation, direction: 'received,seen' }),
    ),
    ...tallyColumns<ConversationRow>(
      'wrote',
      wroteHeading,
      (row) => row.userWrote,
      (row) => ({ conversation: row.conversation, direction: 'authored' }),
    ),
  ];
  return (
    <>
      <h1>{t('nav.people')}</h1>
      <p className="lead">{t('people.intro')}</p>
      <ReportStatusNote />
      <RankingTable
        title={t('people.accounts')}
        ranking={report.people.accounts}
        nameOf={(row) => row.name}
        columns={accountColumns}
        testId="people-accounts"
      />
      <RankingTable
        title={t('people.conversations')}
        ranking={report.people.conversations}
        nameOf={(row) => row.conversation}
        columns={conversationColumns}
        testId="people-conversations"
      />
    </>
  );
}
