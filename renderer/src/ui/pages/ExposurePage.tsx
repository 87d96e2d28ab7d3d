import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ExposureEntry, ReportModel } from '../../core/report';
import { ChartOrTable, DataTable } from '../components/ChartOrTable';
import { EmptyState } from '../components/EmptyState';
import { formatMonth, formatNumber } from '../i18n/format';
import { ReportStatusNote } from '../components/ReportStatusNote';
import { useReportData } from '../services/report-data';

function EntryList({
  title,
  entries,
  count,
  testId,
}: {
  title: string;
  entries: readonly ExposureEntry[];
  count: number;
  testId: string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <section className="card" data-testid={testId}>
      <h2>
        {title} <span className="muted">({formatNumber(i18n.language, count)})</span>
      </h2>
      {entries.length === 0 ? (
        <p className="muted">{t('exposure.noneInArchive')}</p>
      ) : (
        <ul className="entry-list">
          {entries.map((entry) => (
            <li key={entry.label}>
              {entry.label}
              {entry.count > 1 && <span className="muted"> × {entry.count}</span>}
              {entry.categories.map((category) => (
                <span key={category} className="badge misleading" title={t('exposure.sensitiveHint')}>
                  {t(`exposure.category.${category}`)}
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ViewedChart({ report }: { report: ReportModel }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const months = report.exposure.viewed.byMonth;
  return (
    <ChartOrTable
      title={t('exposure.viewedTitle')}
      chart={
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={[...months]}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="month" tickFormatter={(month: string) => formatMonth(locale, month)} />
            <YAxis allowDecimals={false} />
            <Tooltip labelFormatter={(month) => formatMonth(locale, String(month))} />
            <Legend formatter={(name) => t(`exposure.${String(name)}`)} />
            <Bar dataKey="posts" fill="#1f5f8b" isAnimationActive={false} />
            <Bar dataKey="videos" fill="#7aa6c2" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <DataTable
          caption={t('exposure.viewedTitle')}
          rows={months}
          rowKey={(row) => row.month}
          columns={[
            { key: 'month', header: t('common.month'), render: (row) => formatMonth(locale, row.month) },
            {
              key: 'posts',
              header: t('exposure.posts'),
              numeric: true,
              render: (row) => formatNumber(locale, row.posts),
            },
            {
              key: 'videos',
              header: t('exposure.videos'),
              numeric: true,
              render: (row) => formatNumber(locale, row.videos),
            },
          ]}
        />
      }
    />
  );
}

export function ExposurePage() {
  const { t, i18n } = useTranslation();
  const { report } = useReportData();
  if (!report) return <EmptyState loading />;
  if (report.exposure.total === 0 && report.headline.all.items === 0) return <EmptyState />;
  const exposure = report.exposure;
  const locale = i18n.language;
  const sensitive = Object.entries(exposure.sensitiveCategories).filter(([, count]) => count > 0);
  return (
    <>
      <h1>{t('nav.exposure')}</h1>
      <p className="lead">{t('exposure.intro')}</p>
      <ReportStatusNote />
      <div className="cards">
        <section className="card" data-testid="exposure-followed">
          <h2>{t('exposure.followed')}</h2>
          <p className="big-number">{formatNumber(locale, exposure.accountsFollowed)}</p>
        </section>
        <section className="card">
          <h2>{t('exposure.viewed')}</h2>
          <p className="big-number">
            {formatNumber(locale, exposure.viewed.posts)} <span className="muted">{t('exposure.posts')}</span>
            {' · '}
            {formatNumber(locale, exposure.viewed.videos)}{' '}
            <span className="muted">{t('exposure.videos')}</span>
          </p>
        </section>
        <section className="card" data-testid="exposure-sensitive">
          <h2>{t('exposure.sensitive')}</h2>
          {sensitive.length === 0 ? (
            <p className="muted">{t('exposure.noSensitive')}</p>
          ) : (
            <ul>
              {sensitive.map(([category, count]) => (
                <li key={category}>
                  {t(`exposure.category.${category}`)}: {formatNumber(locale, count)}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      {exposure.viewed.byMonth.length > 0 && <ViewedChart report={report} />}
      <EntryList
        title={t('exposure.adInterests')}
        entries={exposure.adInterests.entries}
        count={exposure.adInterests.count}
        testId="exposure-ad-interests"
      />
      <EntryList
        title={t('exposure.advertisers')}
        entries={exposure.advertisers.entries}
        count={exposure.advertisers.count}
        testId="exposure-advertisers"
      />
      <EntryList
        title={t('exposure.topics')}
        entries={exposure.topics.entries}
        count={exposure.topics.count}
        testId="exposure-topics"
      />
    </>
  );
}
