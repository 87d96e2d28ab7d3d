import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SUB_LABELS, type Label } from '../../core/model';
import { DIRECTION_KEYS, type DirectionKey } from '../../core/report';
import { EmptyState } from '../components/EmptyState';
import { RangeNote } from '../components/RangeNote';
import { ReportStatusNote } from '../components/ReportStatusNote';
import { LazyTrendChart } from '../components/LazyTrendChart';
import { useReportData } from '../services/report-data';

const LABEL_SETS: Readonly<Record<string, readonly Label[]>> = {
  parents: ['divisive', 'misleading'],
  divisive: SUB_LABELS.divisive,
  misleading: SUB_LABELS.misleading,
};

export function TimelinePage() {
  const { t } = useTranslation();
  const { report, range, setRange } = useReportData();
  const [direction, setDirection] = useState<DirectionKey>('all');
  const [labelSet, setLabelSet] = useState<keyof typeof LABEL_SETS>('parents');
  if (!report) return <EmptyState loading />;
  if (report.headline.all.items === 0) return <EmptyState />;
  return (
    <>
      <h1>{t('nav.timeline')}</h1>
      <p className="lead">{t('timeline.intro')}</p>
      <div className="row filters">
        <label>
          {t('timeline.direction')}{' '}
          <select value={direction} onChange={(event) => setDirection(event.target.value as DirectionKey)}>
            {DIRECTION_KEYS.map((key) => (
              <option key={key} value={key}>
                {t(`directions.${key}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('timeline.labels')}{' '}
          <select value={labelSet} onChange={(event) => setLabelSet(event.target.value)}>
            <option value="parents">{t('timeline.parents')}</option>
            <option value="divisive">{t('labels.divisive')}</option>
            <option value="misleading">{t('labels.misleading')}</option>
          </select>
        </label>
      </div>
      <ReportStatusNote />
      <RangeNote />
      <LazyTrendChart
        report={report}
        labels={LABEL_SETS[labelSet] ?? []}
        direction={direction}
        onBrush={range ? undefined : setRange}
      />
      <p className="muted small">{t('timeline.brushHint')}</p>
    </>
  );
}
