import { useTranslation } from 'react-i18next';
import { LABELS, PARENT_LABELS, SUB_LABELS, type ParentLabel } from '../../core/model';
import type { DirectionKey, ReportModel, Tally } from '../../core/report';
import { CountLink } from '../components/Share';
import { LazyTrendChart } from '../components/LazyTrendChart';
import { hrefFor } from '../hooks/useRoute';
import { formatNumber, formatShare } from '../i18n/format';
import { useReportData } from '../services/report-data';
import { EmptyState } from '../components/EmptyState';
import { RangeNote } from '../components/RangeNote';
import { ReportStatusNote } from '../components/ReportStatusNote';

const DIRECTIONS = ['authored', 'received', 'seen'] as const;

const directionParams = (direction: DirectionKey) => (direction === 'all' ? {} : { direction });

function HeadlineCard({ direction, tally }: { direction: DirectionKey; tally: Tally }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <section className="card headline" data-testid={`headline-${direction}`}>
      <h2>{t(`directions.${direction}`)}</h2>
      <p className="big-number">
        <CountLink
          count={tally.items}
          params={directionParams(direction)}
          testId={`headline-${direction}-items`}
        />{' '}
        <span className="muted">{t('overview.texts')}</span>
      </p>
      <dl className="parent-shares">
        {PARENT_LABELS.map((label) => (
          <div key={label} className={`share-row ${label}`}>
            <dt>{t(`labels.${label}`)}</dt>
            <dd>
              <CountLink
                count={tally.flagged[label]}
                share={tally.shares[label]}
                params={{ ...directionParams(direction), label }}
                testId={`headline-${direction}-${label}`}
              />
            </dd>
          </div>
        ))}
      </dl>
      <p className="muted small">
        {t('overview.scoredOf', {
          scored: formatNumber(locale, tally.scored),
          items: formatNumber(locale, tally.items),
        })}
        {tally.unsupportedLanguage > 0 &&
          ` · ${t('overview.unsupported', { count: tally.unsupportedLanguage })}`}
        {tally.pending > 0 && ` · ${t('overview.pending', { count: tally.pending })}`}
      </p>
    </section>
  );
}

function SubLabelTable({ report }: { report: ReportModel }) {
  const { t } = useTranslation();
  return (
    <section className="card">
      <h2>{t('overview.subLabels')}</h2>
      <table data-testid="sub-labels">
        <thead>
          <tr>
            <th scope="col">{t('overview.label')}</th>
            {DIRECTIONS.map((direction) => (
              <th key={direction} scope="col" className="num">
                {t(`directions.${direction}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {PARENT_LABELS.flatMap((parent: ParentLabel) => [parent, ...SUB_LABELS[parent]]).map((label) => (
            <tr
              key={label}
              className={label === 'divisive' || label === 'misleading' ? 'parent-row' : undefined}
            >
              <th scope="row">{t(`labels.${label}`)}</th>
              {DIRECTIONS.map((direction) => (
                <td key={direction} className="num">
                  <CountLink
                    count={report.headline[direction].flagged[label]}
                    share={report.headline[direction].shares[label]}
                    params={{ direction, label }}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

interface TopRow {
  readonly key: string;
  readonly params: Record<string, string>;
  readonly sent: Tally;
}

function TopList({ title, rows, testId }: { title: string; rows: readonly TopRow[]; testId: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <div>
      <h3>{title}</h3>
      <ol data-testid={testId}>
        {rows.map((row) => (
          <li key={row.key}>
            <a href={hrefFor('items', { ...row.params, flagged: 'any' })}>{row.key}</a>{' '}
            <span className="muted">
              {t('overview.flaggedOf', {
                flagged: formatNumber(locale, row.sent.flaggedAny),
                total: formatNumber(locale, row.sent.items),
              })}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}

function TopPeople({ report }: { report: ReportModel }) {
  const { t } = useTranslation();
  const accounts = report.people.accounts.byVolume
    .slice(0, 5)
    .map((row) => ({ key: row.name, params: { person: row.name }, sent: row.sent }));
  const conversations = report.people.conversations.byVolume
    .slice(0, 5)
    .map((row) => ({ key: row.conversation, params: { conversation: row.conversation }, sent: row.sent }));
  return (
    <section className="card">
      <h2>{t('overview.whoBringsIt')}</h2>
      <div className="two-columns">
        <TopList title={t('overview.accounts')} rows={accounts} testId="top-accounts" />
        <TopList title={t('overview.conversations')} rows={conversations} testId="top-conversations" />
      </div>
      <a href={hrefFor('people')}>{t('overview.seeAllPeople')}</a>
    </section>
  );
}

function LowCredibility({ report }: { report: ReportModel }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const links = report.links;
  return (
    <section className="card" data-testid="low-credibility">
      <h2>{t('overview.links')}</h2>
      <p>
        {t('overview.linksSummary', {
          total: formatNumber(locale, links.totalLinks),
          items: formatNumber(locale, links.itemsWithLinks),
        })}
      </p>
      <p>
        {t('overview.lowItems')}{' '}
        <CountLink count={links.itemsByBucket.low} params={{ link: 'low' }} testId="low-credibility-items" />
        {' · '}
        {t('overview.mixedItems')} <CountLink count={links.itemsByBucket.mixed} params={{ link: 'mixed' }} />
        {' · '}
        {t('overview.unresolvedItems')}{' '}
        <CountLink count={links.itemsByBucket.unresolved} params={{ link: 'unresolved' }} />
      </p>
      {links.topDomains.length > 0 && (
        <ul className="domain-list">
          {links.topDomains.slice(0, 8).map((domain) => (
            <li key={domain.domain}>
              <span className={`badge ${domain.bucket === 'low' ? 'divisive' : 'misleading'}`}>
                {t(`overview.bucket.${domain.bucket}`)}
              </span>{' '}
              {domain.domain} <span className="muted">× {formatNumber(locale, domain.links)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function OverviewPage() {
  const { t, i18n } = useTranslation();
  const { report } = useReportData();
  if (!report) return <EmptyState loading />;
  if (report.headline.all.items === 0) return <EmptyState />;
  const locale = i18n.language;
  return (
    <>
      <h1>{t('nav.overview')}</h1>
      <p className="lead">{t('overview.caveat')}</p>
      <ReportStatusNote />
      <RangeNote />
      <div className="cards">
        {DIRECTIONS.map((direction) => (
          <HeadlineCard key={direction} direction={direction} tally={report.headline[direction]} />
        ))}
      </div>
      <SubLabelTable report={report} />
      <LazyTrendChart report={report} labels={['divisive', 'misleading']} direction="all" compact />
      <TopPeople report={report} />
      <LowCredibility report={report} />
      <p className="muted small">
        {t('overview.modelNote', {
          model: report.meta.modelId ?? '—',
          share: formatShare(locale, report.headline.all.scored / Math.max(1, report.headline.all.items)),
        })}{' '}
        {LABELS.length > 0 && <a href={hrefFor('settings')}>{t('overview.thresholdsLink')}</a>}
      </p>
    </>
  );
}
