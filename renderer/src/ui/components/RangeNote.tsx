import { useTranslation } from 'react-i18next';
import { formatMonth } from '../i18n/format';
import { useReportData } from '../services/report-data';

/** Says which months the timeline brush keeps, with a way back to all of them. */
export function RangeNote() {
  const { t, i18n } = useTranslation();
  const { range, setRange } = useReportData();
  if (!range) return null;
  return (
    <p className="range-note">
      {t('overview.rangeActive', {
        from: formatMonth(i18n.language, range.from),
        to: formatMonth(i18n.language, range.to),
      })}{' '}
      <button type="button" className="secondary" onClick={() => setRange(null)}>
        {t('overview.clearRange')}
      </button>
    </p>
  );
}
