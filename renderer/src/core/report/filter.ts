import type {
  ArchiveId,
  Direction,
  Item,
  ItemKind,
  Label,
  Review,
  Score,
  ScoreStatus,
  Thresholds,
} from '../model';
import { LABEL_BIT, effectiveFlags, latestReviews, scoresByItem } from './flags';
import { LinkCounter } from './links';
import { monthBounds } from './time';
import type { CredibilityBucket, MonthKey, RateUrl } from './types';

/** Which items a number of the report stands for; every field narrows, an empty filter keeps everything. */
export interface ItemFilter {
  /** Flagged for this label (after reviews). */
  readonly label?: Label;
  /** `any`: flagged for at least one label; `none`: scored and flagged for none. */
  readonly flagged?: 'any' | 'none';
  /** The model's score for a label lies in [min, max]. */
  readonly scoreRange?: { readonly label: Label; readonly min?: number; readonly max?: number };
  readonly kinds?: readonly ItemKind[];
  readonly directions?: readonly Direction[];
  /** Time in ms, UTC: from ≤ t < to. Undated items never match a date range. */
  readonly dateRange?: { readonly from?: number; readonly to?: number };
  /** Only items with no timestamp. */
  readonly undated?: boolean;
  readonly language?: string;
  readonly status?: ScoreStatus | 'pending';
  /** Written by this author (as in the archive). */
  readonly person?: string;
  /** In a conversation where this author wrote something (for "what the user wrote to them"). */
  readonly conversationsWith?: string;
  readonly conversation?: string;
  readonly archiveId?: ArchiveId;
  /** Case-insensitive search in the text. */
  readonly text?: string;
  readonly reviewed?: boolean;
  /** Has a link in this credibility bucket (needs `rateUrl`). */
  readonly linkBucket?: CredibilityBucket;
}

export interface FilterOptions {
  readonly rateUrl?: RateUrl;
  readonly modelId?: string;
}

/** The items behind a number of the report, in their original order. */
export function filterItems(
  items: readonly Item[],
  scores: readonly Score[],
  reviews: readonly Review[],
  thresholds: Thresholds,
  filter: ItemFilter,
  options: FilterOptions = {},
): Item[] {
  const scoreOf = scoresByItem(scores, options.modelId);
  const reviewOf = latestReviews(reviews);
  const links = filter.linkBucket ? new LinkCounter(options.rateUrl) : null;
  const needle = filter.text ? filter.text.toLocaleLowerCase() : null;
  const kinds = filter.kinds ? new Set(filter.kinds) : null;
  const directions = filter.directions ? new Set(filter.directions) : null;
  const withPerson =
    filter.conversationsWith !== undefined ? conversationsOf(items, filter.conversationsWith) : null;
  const needsFlags = filter.label !== undefined || filter.flagged !== undefined;

  return items.filter((item) => {
    if (kinds && !kinds.has(item.kind)) return false;
    if (directions && !directions.has(item.direction)) return false;
    if (filter.archiveId !== undefined && item.archiveId !== filter.archiveId) return false;
    if (filter.person !== undefined && item.author !== filter.person) return false;
    if (filter.conversation !== undefined && item.conversation !== filter.conversation) return false;
    if (withPerson && (item.conversation === null || !withPerson.has(item.conversation))) return false;
    if (filter.undated && item.timestamp !== null) return false;
    if (filter.dateRange) {
      if (item.timestamp === null) return false;
      if (filter.dateRange.from !== undefined && item.timestamp < filter.dateRange.from) return false;
      if (filter.dateRange.to !== undefined && item.timestamp >= filter.dateRange.to) return false;
    }
    const score = scoreOf.get(item.id);
    if (filter.status !== undefined && (score ? score.status : 'pending') !== filter.status) return false;
    if (filter.language !== undefined && score?.language !== filter.language) return false;
    if (filter.reviewed !== undefined && reviewOf.has(item.id) !== filter.reviewed) return false;
    if (filter.scoreRange) {
      const value = score?.status === 'scored' ? score.scores?.[filter.scoreRange.label] : undefined;
      if (value === undefined) return false;
      if (filter.scoreRange.min !== undefined && value < filter.scoreRange.min) return false;
      if (filter.scoreRange.max !== undefined && value > filter.scoreRange.max) return false;
    }
    if (needsFlags) {
      const bits = effectiveFlags(score, reviewOf.get(item.id), thresholds);
      if (filter.label !== undefined && (bits & LABEL_BIT[filter.label]) === 0) return false;
      if (filter.flagged === 'any' && bits === 0) return false;
      if (filter.flagged === 'none' && (bits !== 0 || score?.status !== 'scored')) return false;
    }
    if (links && !item.links.some((url) => links.rate(url).bucket === filter.linkBucket)) return false;
    if (needle !== null && !item.text.toLocaleLowerCase().includes(needle)) return false;
    return true;
  });
}

function conversationsOf(items: readonly Item[], person: string): Set<string> {
  const conversations = new Set<string>();
  for (const item of items) {
    if (item.author === person && item.direction !== 'authored' && item.conversation !== null)
      conversations.add(item.conversation);
  }
  return conversations;
}

/** The filter narrowed to a range of months (inclusive), as the timeline brush selects; null clears it. */
export function applyRange(filter: ItemFilter, months: { from: MonthKey; to: MonthKey } | null): ItemFilter {
  const { dateRange: _previous, ...rest } = filter;
  if (months === null) return rest;
  const [from, to] = months.from <= months.to ? [months.from, months.to] : [months.to, months.from];
  return { ...rest, dateRange: { from: monthBounds(from).start, to: monthBounds(to).end } };
}
