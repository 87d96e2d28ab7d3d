import { EXPOSURE_KINDS, ITEM_KINDS, LABELS, type Direction } from '../model';
import {
  CREDIBILITY_BUCKETS,
  SENSITIVE_CATEGORIES,
  type MonthTally,
  type ReportModel,
  type Tally,
} from '../report';
import type { SectionId } from './types';

/** A table of exact counts, before noise and suppression. */
export interface RawTable {
  readonly id: string;
  readonly section: SectionId;
  readonly rowKey: string;
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  readonly values: number[][];
  readonly sensitivity: number;
  /** Tables over disjoint items share a budget group (parallel composition). */
  readonly budgetGroup: string;
  readonly shareOf?: { readonly table: string; readonly column: string };
  /** Aggregates over every month, so it cannot be kept when a month is excluded. */
  readonly overTime: boolean;
}

export const ITEM_STATUS_COLUMNS = ['scored', 'unsupported_language', 'other'] as const;
export const DIRECTIONS: readonly Direction[] = ['authored', 'received', 'seen'];
export const DIRECTION_ROWS = [...DIRECTIONS, 'all'] as const;
export const UNDATED = 'undated';

const statusCells = (tally: Tally): number[] => [
  tally.scored,
  tally.unsupportedLanguage,
  tally.empty + tally.pending,
];
const labelCells = (tally: Tally): number[] => LABELS.map((label) => tally.flagged[label]);
const LANGUAGE_CODE = /^[a-z]{2,3}$/;

function monthlyTables(model: ReportModel, direction: Direction): RawTable[] {
  const months: readonly MonthTally[] = model.trend.byDirection[direction];
  const rows = [...months.map((month) => month.month), UNDATED];
  const tallies: Tally[] = [...months, model.trend.undated[direction]];
  return [
    {
      id: `items_month_${direction}`,
      section: 'activity',
      rowKey: 'month',
      rows,
      columns: [...ITEM_STATUS_COLUMNS],
      values: tallies.map(statusCells),
      sensitivity: 1,
      budgetGroup: 'items_month',
      overTime: false,
    },
    {
      id: `flagged_month_${direction}`,
      section: 'flags',
      rowKey: 'month',
      rows,
      columns: [...LABELS],
      values: tallies.map(labelCells),
      sensitivity: LABELS.length,
      budgetGroup: 'flagged_month',
      shareOf: { table: `items_month_${direction}`, column: 'scored' },
      overTime: false,
    },
  ];
}

const single = (
  id: string,
  section: SectionId,
  rowKey: string,
  rows: readonly string[],
  columns: readonly string[],
  values: number[][],
  sensitivity: number,
  overTime = true,
): RawTable => ({ id, section, rowKey, rows, columns, values, sensitivity, budgetGroup: id, overTime });

/** Every count the summary can publish, read from the report model only. */
export function rawTablesFromReport(model: ReportModel): RawTable[] {
  const tables = DIRECTIONS.flatMap((direction) => monthlyTables(model, direction));
  const byDirection = DIRECTION_ROWS.map((row) => model.headline[row]);
  const kindTallies = ITEM_KINDS.map((kind) => model.kinds[kind] ?? emptyTally);
  const bins = model.meta.histogramBins;
  const binNames = Array.from(
    { length: bins },
    (_, i) => `${(i / bins).toFixed(2)}-${((i + 1) / bins).toFixed(2)}`,
  );
  const languages = new Map<string, [number, number]>();
  for (const [code, count] of Object.entries(model.languages)) {
    const key = LANGUAGE_CODE.test(code) ? code : 'other';
    const cell = languages.get(key) ?? [0, 0];
    languages.set(key, [cell[0] + count.scored, cell[1] + count.unsupportedLanguage]);
  }
  const languageRows = [...languages.keys()].sort();
  const { exposure, links, reviews } = model;
  const viewedRows = [...exposure.viewed.byMonth.map((month) => month.month), UNDATED];
  const undatedPosts =
    exposure.viewed.posts - exposure.viewed.byMonth.reduce((sum, month) => sum + month.posts, 0);
  const undatedVideos =
    exposure.viewed.videos - exposure.viewed.byMonth.reduce((sum, month) => sum + month.videos, 0);

  tables.push(
    {
      ...single(
        'items_direction',
        'activity',
        'direction',
        DIRECTION_ROWS,
        ITEM_STATUS_COLUMNS,
        byDirection.map(statusCells),
        2,
      ),
    },
    {
      ...single(
        'flagged_direction',
        'flags',
        'direction',
        DIRECTION_ROWS,
        LABELS,
        byDirection.map(labelCells),
        2 * LABELS.length,
      ),
      shareOf: { table: 'items_direction', column: 'scored' },
    },
    single(
      'items_kind',
      'activity',
      'kind',
      ITEM_KINDS,
      ITEM_STATUS_COLUMNS,
      kindTallies.map(statusCells),
      1,
    ),
    {
      ...single(
        'flagged_kind',
        'flags',
        'kind',
        ITEM_KINDS,
        LABELS,
        kindTallies.map(labelCells),
        LABELS.length,
      ),
      shareOf: { table: 'items_kind', column: 'scored' },
    },
    single(
      'score_histogram',
      'histograms',
      'bin',
      binNames,
      LABELS,
      binNames.map((_, bin) => LABELS.map((label) => model.histograms[label][bin] ?? 0)),
      LABELS.length,
    ),
    single(
      'languages',
      'languages',
      'language',
      languageRows,
      ['scored', 'unsupported_language'],
      languageRows.map((row) => [...(languages.get(row) ?? [0, 0])]),
      1,
    ),
    single(
      'low_credibility_direction',
      'links',
      'direction',
      DIRECTION_ROWS,
      ['items'],
      byDirection.map((tally) => [tally.lowCredibilityLinks]),
      2,
    ),
    single(
      'links_bucket',
      'links',
      'bucket',
      CREDIBILITY_BUCKETS,
      ['items'],
      CREDIBILITY_BUCKETS.map((bucket) => [links.itemsByBucket[bucket]]),
      CREDIBILITY_BUCKETS.length,
    ),
    single(
      'exposure_kind',
      'exposure',
      'exposure_kind',
      EXPOSURE_KINDS,
      ['count'],
      EXPOSURE_KINDS.map((kind) => [exposure.byKind[kind]]),
      1,
    ),
    single(
      'exposure_distinct',
      'exposure',
      'measure',
      ['ad_interests', 'advertisers', 'topics', 'accounts_followed'],
      ['count'],
      [
        [exposure.adInterests.count],
        [exposure.advertisers.count],
        [exposure.topics.count],
        [exposure.accountsFollowed],
      ],
      1,
      false,
    ),
    single(
      'exposure_sensitive',
      'exposure',
      'category',
      SENSITIVE_CATEGORIES,
      ['count'],
      SENSITIVE_CATEGORIES.map((category) => [exposure.sensitiveCategories[category]]),
      SENSITIVE_CATEGORIES.length,
      false,
    ),
    single(
      'viewed_month',
      'exposure',
      'month',
      viewedRows,
      ['posts', 'videos'],
      [...exposure.viewed.byMonth.map((month) => [month.posts, month.videos]), [undatedPosts, undatedVideos]],
      1,
      false,
    ),
    single(
      'reviews',
      'reviews',
      'verdict',
      ['correct', 'not_divisive', 'not_misleading', 'total'],
      ['count'],
      [
        [reviews.byVerdict.correct],
        [reviews.byVerdict.not_divisive],
        [reviews.byVerdict.not_misleading],
        [reviews.total],
      ],
      2,
    ),
  );
  return tables;
}

const emptyTally: Tally = {
  items: 0,
  scored: 0,
  unsupportedLanguage: 0,
  empty: 0,
  pending: 0,
  flaggedAny: 0,
  flagged: Object.fromEntries(LABELS.map((label) => [label, 0])) as Tally['flagged'],
  shares: Object.fromEntries(LABELS.map((label) => [label, null])) as Tally['shares'],
  lowCredibilityLinks: 0,
};
