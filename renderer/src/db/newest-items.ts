import type { EpochMs, ItemId } from '@core/model';
import type { NewestItem } from './records';

/** How many newest items each archive keeps: the Items page's first screens. */
export const NEWEST_KEPT = 200;

/** The dated items among `records`, as entries for `mergeNewest`. */
export function datedEntries(
  records: readonly { readonly id: ItemId; readonly timestamp: EpochMs | null }[],
): NewestItem[] {
  const entries: NewestItem[] = [];
  for (const { id, timestamp } of records) if (timestamp !== null) entries.push([id, timestamp]);
  return entries;
}

/** The newest `limit` entries of the lists, newest first, one per id (a later list's date wins). */
export function mergeNewest(
  lists: readonly (readonly NewestItem[])[],
  limit: number = NEWEST_KEPT,
): NewestItem[] {
  const dateOf = new Map<ItemId, EpochMs>();
  for (const list of lists) for (const [id, timestamp] of list) dateOf.set(id, timestamp);
  return [...dateOf]
    .sort(([idA, a], [idB, b]) => b - a || (idA < idB ? -1 : idA > idB ? 1 : 0))
    .slice(0, limit);
}
