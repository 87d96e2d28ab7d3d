import { useTranslation } from 'react-i18next';
import { useReportData } from '../services/report-data';

/** Says that the figures on screen are an older report's while the current one is computed. */
export function ReportStatusNote() {
  const { t } = useTranslation();
  const { updating } = useReportData();
  if (!updating) return null;
  return (
    <p className="range-note" role="status" data-testid="report-updating">
      {t('overview.updating')}
    </p>
  );
}
