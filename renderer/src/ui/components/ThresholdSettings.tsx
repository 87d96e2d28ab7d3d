import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LABELS, type Label, type Thresholds } from '../../core/model';
import { setSetting } from '../../db';
import { formatNumber } from '../i18n/format';
import { useReportData, useReportInputs } from '../services/report-data';
import { bundledManifest } from '../services/model-manifest';

/** Per-label thresholds with a live preview of how many items each would flag. Flags are derived, so nothing is re-scored. */
export function ThresholdSettings() {
  const { t, i18n } = useTranslation();
  const { db, thresholds } = useReportData();
  const inputs = useReportInputs();
  // Only the labels the user moved; the rest follow the saved thresholds.
  const [edits, setEdits] = useState<Partial<Record<Label, number>>>({});
  const [modelDefaults, setModelDefaults] = useState<Thresholds | null>(null);
  useEffect(() => {
    void bundledManifest().then((manifest) => setModelDefaults(manifest.thresholds));
  }, []);

  const sortedScores = useMemo(() => {
    const byLabel = Object.fromEntries(LABELS.map((label) => [label, [] as number[]])) as Record<
      Label,
      number[]
    >;
    for (const score of inputs?.scores ?? []) {
      if (!score.scores) continue;
      for (const label of LABELS) byLabel[label].push(score.scores[label]);
    }
    for (const label of LABELS) byLabel[label].sort((a, b) => a - b);
    return byLabel;
  }, [inputs]);

  const countAtOrAbove = (label: Label, threshold: number) => {
    const values = sortedScores[label];
    let low = 0;
    let high = values.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (values[middle]! < threshold) low = middle + 1;
      else high = middle;
    }
    return values.length - low;
  };

  if (!thresholds || !db) return <p className="muted">{t('common.loading')}</p>;
  const draft: Thresholds = { ...thresholds, ...edits };
  const locale = i18n.language;
  return (
    <section className="card" data-testid="threshold-settings">
      <h2>{t('settings.thresholds')}</h2>
      <p className="muted">{t('settings.thresholdsIntro')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('overview.label')}</th>
            <th scope="col">{t('settings.threshold')}</th>
            <th scope="col" className="num">
              {t('settings.wouldFlag')}
            </th>
            <th scope="col" className="num">
              {t('settings.nowFlagged')}
            </th>
          </tr>
        </thead>
        <tbody>
          {LABELS.map((label) => (
            <tr key={label}>
              <th scope="row">
                <label htmlFor={`threshold-${label}`}>{t(`labels.${label}`)}</label>
              </th>
              <td>
                <input
                  id={`threshold-${label}`}
                  type="range"
                  min={0.05}
                  max={0.95}
                  step={0.01}
                  value={draft[label]}
                  onChange={(event) => setEdits({ ...edits, [label]: Number(event.target.value) })}
                />{' '}
                <output>{draft[label].toFixed(2)}</output>
              </td>
              <td className="num" data-testid={`would-flag-${label}`}>
                {formatNumber(locale, countAtOrAbove(label, draft[label]))}
              </td>
              <td className="num">{formatNumber(locale, countAtOrAbove(label, thresholds[label]))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="row">
        <button
          type="button"
          onClick={() => void setSetting(db, 'thresholds', draft).then(() => setEdits({}))}
          data-testid="save-thresholds"
        >
          {t('settings.saveThresholds')}
        </button>
        {modelDefaults && (
          <button
            type="button"
            className="secondary"
            onClick={() => void db.settings.delete('thresholds').then(() => setEdits({}))}
          >
            {t('settings.resetThresholds')}
          </button>
        )}
      </div>
    </section>
  );
}
