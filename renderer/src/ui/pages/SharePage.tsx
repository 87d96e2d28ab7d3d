import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_K,
  SECTIONS,
  buildSummary,
  summaryTablesView,
  summaryToCsv,
  type SectionId,
} from '../../core/export';
import { LABELS, type Label } from '../../core/model';
import { buildReport } from '../../core/report';
import { EmptyState } from '../components/EmptyState';
import { SummaryPreview } from '../components/SummaryPreview';
import { formatMonth } from '../i18n/format';
import { downloadBlob } from '../services/download';
import { useReportData, useReportInputs } from '../services/report-data';

declare const __APP_VERSION__: string;

const STUDY_CODE = /^[A-Za-z0-9_-]{0,64}$/;

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((entry) => entry !== value) : [...list, value];
}

/**
 * The consent screen: the participant sees exactly what the anonymised summary contains, removes what they
 * do not want to share, and nothing is written until they save it.
 */
export function SharePage() {
  const { t, i18n } = useTranslation();
  const { thresholds, modelId, rateUrl } = useReportData();
  const inputs = useReportInputs();
  const [sections, setSections] = useState<SectionId[]>([]);
  const [labels, setLabels] = useState<Label[]>([]);
  const [months, setMonths] = useState<string[]>([]);
  const [studyCode, setStudyCode] = useState('');
  const [noise, setNoise] = useState(false);
  const [epsilon, setEpsilon] = useState(1);
  const [view, setView] = useState<'tables' | 'raw'>('tables');
  const [saved, setSaved] = useState<string | null>(null);

  // The whole archive, whatever the timeline brush selects.
  const report = useMemo(() => {
    if (!inputs || !thresholds || !modelId) return null;
    return buildReport(inputs.items, inputs.exposures, inputs.scores, inputs.reviews, thresholds, {
      appVersion: __APP_VERSION__,
      rateUrl,
      modelId,
    });
  }, [inputs, thresholds, modelId, rateUrl]);

  const codeValid = STUDY_CODE.test(studyCode);
  // Rebuilt on every change, so that totals over months and directions are recomputed without what the
  // participant excluded (and each version of the file gets a fresh export id and fresh noise).
  const summary = useMemo(() => {
    if (!report || !codeValid) return null;
    return buildSummary(report, {
      k: DEFAULT_K,
      ...(noise ? { epsilon } : {}),
      ...(studyCode ? { studyCode } : {}),
      exclusions: { sections, labels, months },
    });
  }, [report, noise, epsilon, studyCode, codeValid, sections, labels, months]);

  if (!inputs) return <EmptyState loading />;
  if (inputs.items.length === 0 || !report) return <EmptyState />;
  const locale = i18n.language;
  const json = summary ? JSON.stringify(summary, null, 2) : '';
  const fileBase = `loupe-summary-${summary?.exportId.slice(0, 8) ?? ''}`;

  return (
    <>
      <h1>{t('nav.share')}</h1>
      <p className="lead">{t('share.intro')}</p>
      <ul className="share-promises">
        <li>{t('share.noText')}</li>
        <li>{t('share.suppressed', { k: DEFAULT_K })}</li>
        <li>{t('share.unlinkable')}</li>
        <li>{t('share.nothingUntilSaved')}</li>
      </ul>
      <section className="card">
        <h2>{t('share.options')}</h2>
        <div className="row">
          <label className="filter">
            <span>{t('share.studyCode')}</span>
            <input
              value={studyCode}
              onChange={(event) => setStudyCode(event.target.value.trim())}
              aria-invalid={!codeValid}
              data-testid="study-code"
            />
          </label>
          <label className="row">
            <input
              type="checkbox"
              checked={noise}
              onChange={(event) => setNoise(event.target.checked)}
              data-testid="noise"
            />
            {t('share.noise')}
          </label>
          {noise && (
            <label className="filter">
              <span>{t('share.epsilon')}</span>
              <input
                type="number"
                min={0.1}
                max={10}
                step={0.1}
                value={epsilon}
                onChange={(event) => setEpsilon(Math.max(0.1, Number(event.target.value) || 1))}
              />
            </label>
          )}
        </div>
        {!codeValid && <p className="error">{t('share.badStudyCode')}</p>}
        <p className="muted small">{t('share.noiseHint')}</p>
      </section>
      <section className="card" data-testid="exclusions">
        <h2>{t('share.exclude')}</h2>
        <fieldset>
          <legend>{t('share.sections')}</legend>
          {SECTIONS.map((section) => (
            <label key={section} className="check">
              <input
                type="checkbox"
                checked={sections.includes(section)}
                onChange={() => setSections(toggle(sections, section))}
                data-testid={`exclude-section-${section}`}
              />
              {t(`share.section.${section}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('share.labels')}</legend>
          {LABELS.map((label) => (
            <label key={label} className="check">
              <input
                type="checkbox"
                checked={labels.includes(label)}
                onChange={() => setLabels(toggle(labels, label))}
                data-testid={`exclude-label-${label}`}
              />
              {t(`labels.${label}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('share.months')}</legend>
          <div className="month-checks">
            {report.trend.months.map((month) => (
              <label key={month} className="check">
                <input
                  type="checkbox"
                  checked={months.includes(month)}
                  onChange={() => setMonths(toggle(months, month))}
                  data-testid={`exclude-month-${month}`}
                />
                {formatMonth(locale, month)}
              </label>
            ))}
          </div>
        </fieldset>
      </section>
      {summary && (
        <>
          <div className="row" role="tablist" aria-label={t('share.preview')}>
            <button
              type="button"
              role="tab"
              aria-selected={view === 'tables'}
              className={view === 'tables' ? undefined : 'secondary'}
              onClick={() => setView('tables')}
            >
              {t('share.asTables')}
            </button>
            <button
              type="button"
              role="tab"
              aria-selected={view === 'raw'}
              className={view === 'raw' ? undefined : 'secondary'}
              onClick={() => setView('raw')}
              data-testid="show-raw"
            >
              {t('share.asFile')}
            </button>
          </div>
          {view === 'tables' ? (
            <SummaryPreview tables={summaryTablesView(summary).tables} />
          ) : (
            <pre className="raw-file" data-testid="raw-summary">
              {json}
            </pre>
          )}
          <section className="card confirm">
            <p>{t('share.confirmText')}</p>
            <div className="row">
              <button
                type="button"
                onClick={() => {
                  downloadBlob(new Blob([json], { type: 'application/json' }), `${fileBase}.json`);
                  setSaved(`${fileBase}.json`);
                }}
                data-testid="save-json"
              >
                {t('share.saveJson')}
              </button>
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  downloadBlob(new Blob([summaryToCsv(summary)], { type: 'text/csv' }), `${fileBase}.csv`);
                  setSaved(`${fileBase}.csv`);
                }}
                data-testid="save-csv"
              >
                {t('share.saveCsv')}
              </button>
              <a className="button secondary" href="#/overview" data-testid="cancel-share">
                {t('share.cancel')}
              </a>
            </div>
            {saved && <p role="status">{t('share.saved', { file: saved })}</p>}
          </section>
        </>
      )}
    </>
  );
}
