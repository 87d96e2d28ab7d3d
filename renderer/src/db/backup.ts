import type { Table } from 'dexie';
import { StorageError, toStorageError, withStorage } from './errors';
import { openLoupeDb } from './open';
import { rebuildReportFacts } from './report-facts';
import { allTables, restoreStagingName, type LoupeDb } from './schema';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './versions';

const RESTORE_CHUNK_ROWS = 2_000;

/** dexie-export-import touches `self` when loaded, which Node lacks: load it only when used. */
const exportImport = () => import('dexie-export-import');

export interface BackupSummary {
  readonly schemaVersion: number;
  readonly rows: Readonly<Record<string, number>>;
}

/** Tables derived from the others (see report-facts.ts): not backed up, rebuilt by a restore. */
const DERIVED_TABLES: readonly string[] = ['itemFacts', 'scoreFacts'];

const backedUpTables = (db: LoupeDb): Table[] =>
  allTables(db).filter((table) => !DERIVED_TABLES.includes(table.name));

/** The whole database as one JSON file (dexie-export-import's format), to move to another machine. */
export async function exportBackup(db: LoupeDb): Promise<Blob> {
  const { exportDB } = await exportImport();
  return withStorage(db, () => exportDB(db, { prettyJson: false, skipTables: [...DERIVED_TABLES] }));
}

/**
 * Replaces the whole database with a backup. The file is first imported into a staging database at
 * the backup's schema version and upgraded to this build's, so a damaged file, one from a newer
 * Loupe, or an upgrade failure leaves the current data untouched; then every table is replaced in
 * one transaction, so a quota error mid-restore rolls back to the data as it was.
 */
export async function importBackup(db: LoupeDb, backup: Blob): Promise<BackupSummary> {
  const header = await checkBackup(backup);
  const schemaVersion = header.version;
  const staging = await stageBackup(restoreStagingName(db.name), backup, header);
  try {
    const rows = await readAllTables(staging);
    await withStorage(db, () =>
      db.transaction('rw', allTables(db), async () => {
        for (const table of backedUpTables(db)) {
          await table.clear();
          const tableRows = rows.get(table.name) ?? [];
          for (let start = 0; start < tableRows.length; start += RESTORE_CHUNK_ROWS) {
            await table.bulkPut(tableRows.slice(start, start + RESTORE_CHUNK_ROWS));
          }
        }
        await rebuildReportFacts(db);
      }),
    );
    return {
      schemaVersion,
      rows: Object.fromEntries([...rows].map(([name, tableRows]) => [name, tableRows.length])),
    };
  } finally {
    await staging.delete().catch(() => undefined);
  }
}

interface BackupHeader {
  readonly version: number;
  /** Rows per table as the header announces them, to detect a truncated file. */
  readonly rowCounts: ReadonlyMap<string, number>;
}

/** Reads the backup's header: a Dexie export of a Loupe schema this build can upgrade. */
async function checkBackup(backup: Blob): Promise<BackupHeader> {
  const { peakImportFile } = await exportImport();
  const meta: unknown = await peakImportFile(backup).catch((error: unknown) => {
    throw new StorageError('invalid_backup', undefined, { cause: error });
  });
  const data = (meta as { data?: { databaseVersion?: unknown; tables?: unknown } } | null)?.data;
  const version = data?.databaseVersion;
  const tables = data?.tables;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || !Array.isArray(tables)) {
    throw new StorageError('invalid_backup');
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    throw new StorageError(
      'invalid_backup',
      `This backup was made by a newer version of Loupe (database version ${version}; this one reads up to ${CURRENT_SCHEMA_VERSION}). Update Loupe to restore it.`,
    );
  }
  const known = knownTablesAt(version);
  const rowCounts = new Map<string, number>();
  for (const table of tables as { name?: unknown; rowCount?: unknown }[]) {
    if (typeof table.name !== 'string' || !known.has(table.name) || typeof table.rowCount !== 'number') {
      throw new StorageError('invalid_backup');
    }
    rowCounts.set(table.name, table.rowCount);
  }
  if (!rowCounts.has('items')) throw new StorageError('invalid_backup');
  return { version, rowCounts };
}

function knownTablesAt(version: number): Set<string> {
  const tables = new Set<string>();
  for (const step of SCHEMA_VERSIONS.filter((candidate) => candidate.version <= version)) {
    for (const [name, spec] of Object.entries(step.stores)) {
      if (spec === null) tables.delete(name);
      else tables.add(name);
    }
  }
  return tables;
}

async function stageBackup(name: string, backup: Blob, header: BackupHeader): Promise<LoupeDb> {
  const { importInto } = await exportImport();
  const atBackupVersion = SCHEMA_VERSIONS.filter((step) => step.version <= header.version);
  const old = await openLoupeDb({ name, versions: atBackupVersion });
  try {
    await old.transaction('rw', old.tables, () => Promise.all(old.tables.map((table) => table.clear())));
    await importInto(old, backup, { acceptNameDiff: true, overwriteValues: true });
    for (const [tableName, expected] of header.rowCounts) {
      // dexie-export-import stops quietly at the end of a truncated file: count what arrived.
      if ((await old.table(tableName).count()) !== expected) {
        throw new StorageError('invalid_backup', 'This backup file is incomplete or damaged.');
      }
    }
  } catch (error) {
    await old.delete().catch(() => undefined);
    const failure = toStorageError(error);
    if (failure.kind === 'quota' || failure.kind === 'invalid_backup') throw failure;
    throw new StorageError('invalid_backup', undefined, { cause: error });
  }
  old.close();
  try {
    return await openLoupeDb({ name });
  } catch (error) {
    const stale = await openLoupeDb({ name, versions: atBackupVersion }).catch(() => null);
    await stale?.delete().catch(() => undefined);
    throw toStorageError(error);
  }
}

async function readAllTables(db: LoupeDb): Promise<Map<string, unknown[]>> {
  const tables = backedUpTables(db);
  return db.transaction('r', tables, async () => {
    const rows = new Map<string, unknown[]>();
    for (const table of tables) rows.set(table.name, await table.toArray());
    return rows;
  });
}
