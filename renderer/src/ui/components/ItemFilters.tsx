import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ITEM_KINDS, LABELS } from '../../core/model';
import { CREDIBILITY_BUCKETS, type ItemFilter } from '../../core/report';
import { useRoute } from '../hooks/useRoute';

/** The Items page's filters; their state lives in the URL so that other pages can link to a filtered list. */
export function ItemFilters({ filter }: { filter: ItemFilter }) {
  const { t } = useTranslation();
  const [route, navigate] = useRoute();
  const params = route.params;
  const [search, setSearch] = useState(params.get('q') ?? '');
  useEffect(() => setSearch(params.get('q') ?? ''), [params]);

  const set = (key: string, value: string) => {
    const next = Object.fromEntries(params.entries());
    if (value === '') delete next[key];
    else next[key] = value;
    navigate('items', next);
  };
  const select = (key: string, label: string, options: readonly { value: string; text: string }[]) => (
    <label className="filter">
      <span>{label}</span>
      <select
        value={params.get(key) ?? ''}
        onChange={(event) => set(key, event.target.value)}
        data-testid={`filter-${key}`}
      >
        <option value="">{t('items.any')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form
      className="item-filters"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        set('q', search.trim());
      }}
    >
      <label className="filter wide">
        <span>{t('items.search')}</span>
        <input
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          onBlur={() => search.trim() !== (params.get('q') ?? '') && set('q', search.trim())}
          data-testid="filter-q"
        />
      </label>
      {select(
        'label',
        t('items.label'),
        LABELS.map((label) => ({ value: label, text: t(`labels.${label}`) })),
      )}
      {select('direction', t('items.direction'), [
        { value: 'authored', text: t('directions.authored') },
        { value: 'received', text: t('directions.received') },
        { value: 'seen', text: t('directions.seen') },
        { value: 'received,seen', text: `${t('directions.received')} + ${t('directions.seen')}` },
      ])}
      {select(
        'kind',
        t('items.kind'),
        ITEM_KINDS.map((kind) => ({ value: kind, text: t(`kinds.${kind}`) })),
      )}
      {select('language', t('items.language'), [
        { value: 'en', text: 'English' },
        { value: 'fr', text: 'Français' },
        { value: 'und', text: t('items.undetermined') },
      ])}
      {select('status', t('items.status'), [
        { value: 'scored', text: t('items.statusScored') },
        { value: 'unsupported_language', text: t('items.statusUnsupported') },
        { value: 'empty', text: t('items.statusEmpty') },
        { value: 'pending', text: t('items.statusPending') },
      ])}
      {select(
        'link',
        t('items.links'),
        CREDIBILITY_BUCKETS.map((bucket) => ({ value: bucket, text: t(`overview.bucket.${bucket}`) })),
      )}
      <label className="filter">
        <span>{t('items.from')}</span>
        <input
          type="month"
          value={params.get('from') ?? ''}
          onChange={(event) => set('from', event.target.value)}
        />
      </label>
      <label className="filter">
        <span>{t('items.to')}</span>
        <input
          type="month"
          value={params.get('to') ?? ''}
          onChange={(event) => set('to', event.target.value)}
        />
      </label>
      {select(
        'scoreLabel',
        t('items.scoreOf'),
        LABELS.map((label) => ({ value: label, text: t(`labels.${label}`) })),
      )}
      <label className="filter">
        <span>{t('items.minScore')}</span>
        <input
          type="number"
          min={0}
          max={1}
          step={0.05}
          value={params.get('min') ?? ''}
          onChange={(event) => set('min', event.target.value)}
        />
      </label>
      {(params.get('person') ||
        params.get('conversation') ||
        params.get('with') ||
        params.get('archive')) && (
        <p className="active-filters">
          {params.get('person') && (
            <span className="badge">
              {t('items.person')}: {params.get('person')}
            </span>
          )}{' '}
          {params.get('with') && (
            <span className="badge">
              {t('items.with')}: {params.get('with')}
            </span>
          )}{' '}
          {params.get('conversation') && (
            <span className="badge">
              {t('items.conversation')}: {params.get('conversation')}
            </span>
          )}
        </p>
      )}
      <button
        type="button"
        className="secondary"
        onClick={() => navigate('items')}
        disabled={Object.keys(filter).length === 0}
      >
        {t('items.clear')}
      </button>
    </form>
  );
}
