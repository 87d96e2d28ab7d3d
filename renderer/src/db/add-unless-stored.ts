import Dexie, { type Table } from 'dexie';

/**
 * Adds the rows in one bulk request; returns those not added because their key is already stored (for the
 * caller to read or overwrite). In a fresh write nothing is read, where reading every key first cost a read
 * per row. Any other failure is thrown.
 */
export async function addUnlessStored<Row, Key>(
  table: Table<Row, Key>,
  rows: readonly Row[],
): Promise<Row[]> {
  if (rows.length === 0) return [];
  try {
    await table.bulkAdd([...rows]);
    return [];
  } catch (error) {
    if (!(error instanceof Dexie.BulkError)) throw error;
    const failures = Object.entries(error.failuresByPos);
    if (failures.some(([, failure]) => failure.name !== 'ConstraintError')) throw error;
    return failures.map(([position]) => rows[Number(position)]!);
  }
}
