import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Item, ItemId, Label } from '../../core/model';
import { effectiveFlags, filterItems, hasFlag } from '../../core/report';
import { EmptyState } from '../components/EmptyState';
import { ItemFilters } from '../components/ItemFilters';
import { ItemView } from '../components/ItemView';
import { useRoute } from '../hooks/useRoute';
import { formatDate, formatNumber } from '../i18n/format';
import { useFirstItems } from '../hooks/useFirstItems';
import { filterFromParams } from '../services/item-filter-params';
import { useReportData, useReportInputs } from '../services/report-data';

type SortKey = 'newest' | 'oldest' | Label;
const ROW_HEIGHT = 64;

export function ItemsPage() {
  const { t, i18n } = useTranslation();
  const [route] = useRoute();
  const { thresholds, modelId, rateUrl, inputs: loaded } = useReportData();
  const filter = useMemo(() => filterFromParams(route.params), [route.params]);
  const filtered = Object.keys(filter).length > 0;
  // Until every text is loaded, an unfiltered list can already show the newest ones, and does so first.
  const firstItems = useFirstItems(modelId, loaded === null && !filtered);
  const allInputs = useReportInputs(filtered || firstItems !== null);
  const inputs = allInputs ?? firstItems;
  const partial = allInputs === null;
  const [selected, setSelected] = useState<ItemId | null>(null);
  const [sort, setSort] = useState<SortKey>('newest');
  const listRef = useRef<HTMLDivElement>(null);

  const scoreOf = useMemo(
    () => new Map(inputs?.scores.map((score) => [score.itemId, score]) ?? []),
    [inputs],
  );
  const reviewOf = useMemo(
    () => new Map(inputs?.reviews.map((review) => [review.itemId, review]) ?? []),
    [inputs],
  );
  const items = useMemo(() => {
    if (!inputs || !thresholds) return [];
    const found = filterItems(inputs.items, inputs.scores, inputs.reviews, thresholds, filter, {
      rateUrl,
      ...(modelId ? { modelId } : {}),
    });
    const time = (item: Item) => item.timestamp ?? Number.NEGATIVE_INFINITY;
    const score = (item: Item, label: Label) => scoreOf.get(item.id)?.scores?.[label] ?? -1;
    if (sort === 'newest') found.sort((a, b) => time(b) - time(a));
    else if (sort === 'oldest') found.sort((a, b) => time(a) - time(b));
    else found.sort((a, b) => score(b, sort) - score(a, sort));
    return found;
  }, [inputs, thresholds, filter, rateUrl, modelId, sort, scoreOf]);

  // The virtualizer's functions change identity on every render; this component is simply not auto-memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  if (!inputs || !thresholds) return <EmptyState loading />;
  if (inputs.items.length === 0) return <EmptyState />;
  const locale = i18n.language;
  const current = items.find((item) => item.id === selected) ?? null;

  return (
    <>
      <h1>{t('nav.items')}</h1>
      <ItemFilters filter={filter} />
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <p data-testid="items-count" data-count={partial ? undefined : items.length}>
          {partial
            ? t('items.loadingAll')
            : t('items.count', { count: items.length, formatted: formatNumber(locale, items.length) })}
        </p>
        <label>
          {t('items.sort')}{' '}
          <select value={sort} onChange={(event) => setSort(event.target.value as SortKey)}>
            <option value="newest">{t('items.newest')}</option>
            <option value="oldest">{t('items.oldest')}</option>
            <option value="divisive">{t('items.highest', { label: t('labels.divisive') })}</option>
            <option value="misleading">{t('items.highest', { label: t('labels.misleading') })}</option>
          </select>
        </label>
      </div>
      <div className="items-layout">
        <div
          ref={listRef}
          className="item-list"
          role="listbox"
          aria-label={t('nav.items')}
          tabIndex={0}
          data-testid="item-list"
          onKeyDown={(event) => {
            const index = items.findIndex((item) => item.id === selected);
            const next = event.key === 'ArrowDown' ? index + 1 : event.key === 'ArrowUp' ? index - 1 : null;
            if (next === null) return;
            event.preventDefault();
            const target = items[Math.max(0, Math.min(items.length - 1, next))];
            if (target) {
              setSelected(target.id);
              virtualizer.scrollToIndex(items.indexOf(target));
            }
          }}
        >
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((row) => {
              const item = items[row.index]!;
              const bits = effectiveFlags(scoreOf.get(item.id), reviewOf.get(item.id), thresholds);
              return (
                <div
                  key={item.id}
                  role="option"
                  aria-selected={item.id === selected}
                  className={`item-row${item.id === selected ? ' selected' : ''}`}
                  style={{
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    right: 0,
                    height: ROW_HEIGHT,
                    transform: `translateY(${row.start}px)`,
                  }}
                  onClick={() => setSelected(item.id)}
                  data-testid="item-row"
                >
                  <div className="item-row-meta">
                    <span className="item-row-shrinks" title={t(`kinds.${item.kind}`)}>
                      {t(`kinds.${item.kind}`)}
                    </span>
                    <span className="muted item-row-shrinks" title={item.author ?? t('common.unknown')}>
                      {item.author ?? t('common.unknown')}
                    </span>
                    <span className="muted">{formatDate(locale, item.timestamp)}</span>
                    {hasFlag(bits, 'divisive') && (
                      <span className="badge divisive">{t('labels.divisive')}</span>
                    )}
                    {hasFlag(bits, 'misleading') && (
                      <span className="badge misleading">{t('labels.misleading')}</span>
                    )}
                  </div>
                  <div className="item-row-text">{item.text}</div>
                </div>
              );
            })}
          </div>
        </div>
        <div className="item-detail">
          {current ? (
            <ItemView
              key={current.id}
              item={current}
              score={scoreOf.get(current.id) ?? null}
              review={reviewOf.get(current.id) ?? null}
              thresholds={thresholds}
              onClose={() => setSelected(null)}
            />
          ) : (
            <p className="muted">{t('items.selectHint')}</p>
          )}
        </div>
      </div>
    </>
  );
}
