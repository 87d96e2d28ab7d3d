import type { Collection, Table } from 'dexie';

/** A table's rows in primary-key order, after `after` (from the first when null or omitted). */
export function rowsAfter<Row, Key>(table: Table<Row, Key>, after?: Key | null): Collection<Row, Key> {
  return after === undefined || after === null ? table.orderBy(':id') : table.where(':id').above(after);
}

/**
 * Visits every row of a table in primary-key order, `size` rows at a time, inside the caller's transaction if
 * any: a table of 100,000 items is never in memory at once.
 */
export async function forEachPage<Row, Key>(
  table: Table<Row, Key>,
  size: number,
  keyOf: (row: Row) => Key,
  visit: (page: Row[]) => unknown,
): Promise<void> {
  let after: Key | null = null;
  for (;;) {
    const page = await rowsAfter(table, after).limit(size).toArray();
    if (page.length > 0) await visit(page);
    if (page.length < size) return;
    after = keyOf(page.at(-1)!);
  }
}
