import { useTranslation } from 'react-i18next';
import type { RunProgress } from '../../workers/progress';
import { formatDuration, formatNumber } from '../i18n/format';
import {
  cancelClassification,
  engineState,
  pauseClassification,
  startClassification,
} from '../services/engine';
import { useStore } from '../services/store';

function ProgressLine({ label, progress }: { label: string; progress: RunProgress }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <div className="progress-line">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <strong>{label}</strong>
        <span className="muted">
          {t('progress.count', {
            done: formatNumber(locale, progress.done),
            total: formatNumber(locale, progress.total),
          })}
          {progress.ratePerSecond !== null &&
            ` · ${t('progress.rate', { rate: formatNumber(locale, Math.round(progress.ratePerSecond)) })}`}
          {progress.secondsLeft !== null &&
            ` · ${t('progress.eta', { time: formatDuration(locale, progress.secondsLeft) })}`}
        </span>
      </div>
      <progress
        max={Math.max(1, progress.total)}
        value={progress.done}
        aria-label={label}
        data-testid={`progress-${progress.phase}`}
      />
    </div>
  );
}

/** Import and classification progress, with pause, resume and cancel. */
export function ProgressPanel() {
  const { t } = useTranslation();
  const state = useStore(engineState);
  const running = state.classification === 'running';
  const paused = state.classification === 'paused';
  if (!state.importing && !state.classifying && !paused && !state.error) return null;
  return (
    <section
      className="card"
      aria-live="polite"
      aria-label={t('progress.title')}
      data-testid="progress-panel"
    >
      {state.importing && <ProgressLine label={t('progress.importing')} progress={state.importing} />}
      {state.classifying && <ProgressLine label={t('progress.classifying')} progress={state.classifying} />}
      {state.classification === 'done' && <p className="muted">{t('progress.done')}</p>}
      {paused && <p className="muted">{t('progress.paused')}</p>}
      {state.error && <p className="error">{t('common.error', { message: state.error })}</p>}
      {(running || paused) && (
        <div className="row">
          {running ? (
            <button type="button" className="secondary" onClick={() => void pauseClassification()}>
              {t('progress.pause')}
            </button>
          ) : (
            <button type="button" onClick={() => void startClassification()}>
              {t('progress.resume')}
            </button>
          )}
          <button type="button" className="secondary" onClick={() => void cancelClassification()}>
            {t('progress.cancel')}
          </button>
        </div>
      )}
    </section>
  );
}
