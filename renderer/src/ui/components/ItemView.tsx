import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Explanation } from '../../core/classify';
import {
  LABELS,
  type Item,
  type Label,
  type Review,
  type ReviewVerdict,
  type Thresholds,
} from '../../core/model';
import { effectiveFlags, hasFlag } from '../../core/report';
import { setReview, type StoredScore } from '../../db';
import { useDb } from '../hooks/useDb';
import { formatDate, formatShare } from '../i18n/format';
import { explain } from '../services/engine';
import { useReportData } from '../services/report-data';
import { HighlightedText } from './HighlightedText';
import { LABEL_COLOURS } from './TrendChart';

const VERDICTS: readonly ReviewVerdict[] = ['correct', 'not_divisive', 'not_misleading'];

function ScoreBars({
  score,
  thresholds,
  flags,
}: {
  score: StoredScore;
  thresholds: Thresholds;
  flags: number;
}) {
  const { t, i18n } = useTranslation();
  if (!score.scores) return <p className="muted">{t(`items.reason.${score.status}`)}</p>;
  return (
    <table className="score-bars" data-testid="score-bars">
      <tbody>
        {LABELS.map((label) => {
          const value = score.scores![label];
          return (
            <tr
              key={label}
              className={label === 'divisive' || label === 'misleading' ? 'parent-row' : undefined}
            >
              <th scope="row">{t(`labels.${label}`)}</th>
              <td className="bar-cell">
                <div className="bar-track" aria-hidden="true">
                  <div
                    className="bar-fill"
                    style={{ width: `${value * 100}%`, background: LABEL_COLOURS[label] }}
                  />
                  <div className="bar-threshold" style={{ left: `${thresholds[label] * 100}%` }} />
                </div>
              </td>
              <td className="num">{formatShare(i18n.language, value)}</td>
              <td>
                {hasFlag(flags, label) ? <span className="badge divisive">{t('items.flag')}</span> : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function strongestLabel(explanation: Explanation, flags: number): Label {
  const flagged = LABELS.filter((label) => hasFlag(flags, label));
  const candidates = flagged.length > 0 ? flagged : LABELS;
  const weight = (label: Label) => Math.max(0, ...explanation.words.map((word) => word.drop[label]));
  return candidates.reduce((best, label) => (weight(label) > weight(best) ? label : best), candidates[0]!);
}

/** One item (remount it per item with a `key`): its text (as text only), scores, the words that drove them, its links and the review controls. */
export function ItemView(props: {
  item: Item;
  score: StoredScore | null;
  review: Review | null;
  thresholds: Thresholds;
  onClose(): void;
}) {
  const { item, score, review, thresholds, onClose } = props;
  const { t, i18n } = useTranslation();
  const db = useDb();
  const { rateUrl } = useReportData();
  const [explanation, setExplanation] = useState<Explanation | null>(null);
  const [explaining, setExplaining] = useState(false);
  const [highlightLabel, setHighlightLabel] = useState<Label | null>(null);
  const flags = effectiveFlags(score ?? undefined, review ?? undefined, thresholds);
  const modelFlags = effectiveFlags(score ?? undefined, undefined, thresholds);

  const runExplain = async () => {
    setExplaining(true);
    try {
      const result = await explain(item.text);
      setExplanation(result);
      setHighlightLabel(strongestLabel(result, modelFlags));
    } finally {
      setExplaining(false);
    }
  };
  const label = highlightLabel ?? 'divisive';
  const spans =
    explanation?.words.map((word) => ({ start: word.start, end: word.end, weight: word.drop[label] })) ?? [];

  return (
    <article className="card item-view" data-testid="item-view" aria-label={t('items.detail')}>
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2 style={{ margin: 0 }}>{t(`kinds.${item.kind}`)}</h2>
        <button type="button" className="secondary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <dl className="item-meta">
        <dt>{t('items.author')}</dt>
        <dd>{item.author ?? t('common.unknown')}</dd>
        <dt>{t('items.direction')}</dt>
        <dd>{t(`directions.${item.direction}`)}</dd>
        {item.conversation && (
          <>
            <dt>{t('items.conversation')}</dt>
            <dd>{item.conversation}</dd>
          </>
        )}
        <dt>{t('items.date')}</dt>
        <dd>{formatDate(i18n.language, item.timestamp)}</dd>
        <dt>{t('items.language')}</dt>
        <dd>{score?.language ?? '—'}</dd>
        <dt>{t('items.source')}</dt>
        <dd>
          <code>{item.sourcePath}</code>
        </dd>
      </dl>
      <HighlightedText text={item.text} spans={spans} />
      {score?.status === 'scored' && (
        <div className="row">
          <button
            type="button"
            className="secondary"
            onClick={() => void runExplain()}
            disabled={explaining}
            data-testid="explain"
          >
            {explaining ? t('common.loading') : t('items.explain')}
          </button>
          {explanation && (
            <label>
              {t('items.highlightFor')}{' '}
              <select
                value={label}
                onChange={(event) => setHighlightLabel(event.target.value as Label)}
                data-testid="highlight-label"
              >
                {LABELS.map((option) => (
                  <option key={option} value={option}>
                    {t(`labels.${option}`)}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
      )}
      {score ? (
        <ScoreBars score={score} thresholds={thresholds} flags={flags} />
      ) : (
        <p className="muted">{t('items.notScored')}</p>
      )}
      <p className="muted small">{t('items.misleadingCaveat')}</p>
      {item.links.length > 0 && (
        <section>
          <h3>{t('items.links')}</h3>
          <ul className="link-list" data-testid="item-links">
            {item.links.map((url) => {
              const rating = rateUrl(url);
              return (
                <li key={url}>
                  <span className={`badge bucket-${rating.bucket}`}>
                    {t(`overview.bucket.${rating.bucket}`)}
                  </span>{' '}
                  <code>{url}</code>
                  {rating.sources.length > 0 && (
                    <span className="muted small"> · {rating.sources.join(', ')}</span>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <section aria-label={t('items.review')}>
        <h3>{t('items.review')}</h3>
        <div className="row" role="group">
          {VERDICTS.map((verdict) => (
            <button
              key={verdict}
              type="button"
              className={review?.verdict === verdict ? undefined : 'secondary'}
              aria-pressed={review?.verdict === verdict}
              onClick={() => db && void setReview(db, item.id, review?.verdict === verdict ? null : verdict)}
              data-testid={`review-${verdict}`}
            >
              {t(`items.verdict.${verdict}`)}
            </button>
          ))}
        </div>
        {review && <p className="muted small">{t('items.reviewCounts')}</p>}
      </section>
    </article>
  );
}
