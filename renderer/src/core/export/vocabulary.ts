import { EXPOSURE_KINDS, ITEM_KINDS, LABELS } from '../model';
import { CREDIBILITY_BUCKETS, SENSITIVE_CATEGORIES, isMonthKey } from '../report';

const oneOf =
  (values: readonly string[]) =>
  (value: string): boolean =>
    values.includes(value);

/** What the rows of each kind of table may be called: controlled vocabulary only, never archive text. */
export const ROW_VOCABULARY: Readonly<Record<string, (value: string) => boolean>> = {
  month: (value) => value === 'undated' || isMonthKey(value),
  direction: oneOf(['authored', 'received', 'seen', 'all']),
  kind: oneOf(ITEM_KINDS),
  bin: (value) => /^[01]\.\d{2}-[01]\.\d{2}$/.test(value),
  language: (value) => value === 'other' || /^[a-z]{2,3}$/.test(value),
  bucket: oneOf(CREDIBILITY_BUCKETS),
  exposure_kind: oneOf(EXPOSURE_KINDS),
  measure: oneOf(['ad_interests', 'advertisers', 'topics', 'accounts_followed']),
  category: oneOf(SENSITIVE_CATEGORIES),
  verdict: oneOf(['correct', 'not_divisive', 'not_misleading', 'total']),
};

export const COLUMN_VOCABULARY: ReadonlySet<string> = new Set([
  ...LABELS,
  'scored',
  'unsupported_language',
  'other',
  'items',
  'count',
  'posts',
  'videos',
]);

export const TABLE_IDS: ReadonlySet<string> = new Set([
  ...['authored', 'received', 'seen'].flatMap((d) => [`items_month_${d}`, `flagged_month_${d}`]),
  'items_direction',
  'flagged_direction',
  'items_kind',
  'flagged_kind',
  'score_histogram',
  'languages',
  'low_credibility_direction',
  'links_bucket',
  'exposure_kind',
  'exposure_distinct',
  'exposure_sensitive',
  'viewed_month',
  'reviews',
]);
