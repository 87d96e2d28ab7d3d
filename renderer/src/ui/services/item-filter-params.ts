import { ITEM_KINDS, isLabel, type Direction, type ItemKind } from '../../core/model';
import {
  CREDIBILITY_BUCKETS,
  isMonthKey,
  monthBounds,
  type CredibilityBucket,
  type ItemFilter,
} from '../../core/report';

const DIRECTIONS: readonly Direction[] = ['authored', 'received', 'seen'];
const isDirection = (value: string): value is Direction => (DIRECTIONS as readonly string[]).includes(value);
const isKind = (value: string): value is ItemKind => (ITEM_KINDS as readonly string[]).includes(value);
const isBucket = (value: string): value is CredibilityBucket =>
  (CREDIBILITY_BUCKETS as readonly string[]).includes(value);

/** URL parameters of the Items page, so every number elsewhere can link to the items behind it. */
export type ItemParams = Record<string, string | undefined>;

export function filterFromParams(params: URLSearchParams): ItemFilter {
  const get = (key: string) => params.get(key) ?? undefined;
  const label = get('label');
  const directions = (get('direction') ?? '').split(',').filter(isDirection);
  const kind = get('kind');
  const bucket = get('link');
  const from = [get('from')].find((month) => month !== undefined && isMonthKey(month));
  const to = [get('to')].find((month) => month !== undefined && isMonthKey(month));
  const min = get('min');
  const max = get('max');
  const scoreLabel = get('scoreLabel');
  const flagged = get('flagged');
  const status = get('status');
  return {
    ...(label && isLabel(label) ? { label } : {}),
    ...(flagged === 'any' || flagged === 'none' ? { flagged } : {}),
    ...(directions.length > 0 ? { directions } : {}),
    ...(kind && isKind(kind) ? { kinds: [kind] } : {}),
    ...(bucket && isBucket(bucket) ? { linkBucket: bucket } : {}),
    ...(get('person') !== undefined ? { person: get('person') } : {}),
    ...(get('with') !== undefined ? { conversationsWith: get('with') } : {}),
    ...(get('conversation') !== undefined ? { conversation: get('conversation') } : {}),
    ...(get('language') ? { language: get('language') } : {}),
    ...(status === 'scored' || status === 'empty' || status === 'unsupported_language' || status === 'pending'
      ? { status }
      : {}),
    ...(get('q') ? { text: get('q') } : {}),
    ...(get('archive') ? { archiveId: get('archive') as ItemFilter['archiveId'] } : {}),
    ...(from || to
      ? {
          dateRange: {
            ...(from ? { from: monthBounds(from).start } : {}),
            ...(to ? { to: monthBounds(to).end } : {}),
          },
        }
      : {}),
    ...(scoreLabel && isLabel(scoreLabel) && (min || max)
      ? {
          scoreRange: {
            label: scoreLabel,
            ...(min ? { min: Number(min) } : {}),
            ...(max ? { max: Number(max) } : {}),
          },
        }
      : {}),
  };
}
