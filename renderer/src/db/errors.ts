import { UpgradeFailure, type LoupeDb } from './schema';

export type StorageErrorKind =
  /** Another window holds an older version of the database open and does not let go. */
  | 'blocked'
  /** Another window upgraded or deleted the database: close this one and reload. */
  | 'version_change'
  /** The disk or the browser's quota is full; the transaction in progress was rolled back. */
  | 'quota'
  /** The connection closed under us and reopening it did not help. */
  | 'closed'
  /** A schema upgrade threw; the database stays at its previous version with its data. */
  | 'upgrade_failed'
  /** A record the operation needs (an archive, a run) does not exist. */
  | 'missing'
  /** A backup file that is not a Loupe backup, or one from a schema this build cannot read. */
  | 'invalid_backup'
  | 'unknown';

const MESSAGES: Readonly<Record<StorageErrorKind, string>> = {
  blocked: 'Another Loupe window is using an older version of the database. Close it and try again.',
  version_change: 'Loupe was updated or its data deleted in another window. Close this window and reload.',
  quota:
    'The disk is full or Loupe ran out of storage space. Nothing was lost: the last step was undone. Free some space and try again.',
  closed: 'The connection to the database was closed and could not be reopened. Reload Loupe.',
  upgrade_failed:
    'Loupe could not upgrade its database. Your data is unchanged; the previous version is still readable.',
  missing: 'The record was not found; it may have been deleted.',
  invalid_backup: 'This file is not a Loupe backup this version can read.',
  unknown: 'The database reported an unexpected error.',
};

/** The one error type the storage layer throws: `kind` says what happened, `message` what to tell the user. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    readonly kind: StorageErrorKind,
    message: string = MESSAGES[kind],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const isStorageError = (value: unknown): value is StorageError => value instanceof StorageError;

/** Error names found anywhere in an error's chain (Dexie nests the IndexedDB error in `inner`). */
function errorNames(error: unknown, depth = 0): string[] {
  if (depth > 5 || typeof error !== 'object' || error === null) return [];
  const record = error as {
    name?: unknown;
    inner?: unknown;
    cause?: unknown;
    failures?: unknown;
  };
  const names = typeof record.name === 'string' ? [record.name] : [];
  const nested: unknown[] = [record.inner, record.cause];
  if (Array.isArray(record.failures)) nested.push(...(record.failures as unknown[]));
  return names.concat(nested.flatMap((inner) => errorNames(inner, depth + 1)));
}

function findUpgradeFailure(error: unknown, depth = 0): UpgradeFailure | null {
  if (error instanceof UpgradeFailure) return error;
  if (depth > 5 || typeof error !== 'object' || error === null) return null;
  const record = error as { inner?: unknown; cause?: unknown };
  return findUpgradeFailure(record.inner, depth + 1) ?? findUpgradeFailure(record.cause, depth + 1);
}

/** Maps whatever Dexie or IndexedDB threw onto a StorageError. */
export function toStorageError(error: unknown, db?: LoupeDb): StorageError {
  if (error instanceof StorageError) return error;
  if (db?.versionChanged) return new StorageError('version_change', undefined, { cause: error });
  const upgrade = findUpgradeFailure(error);
  if (upgrade) {
    return new StorageError(
      'upgrade_failed',
      `${MESSAGES.upgrade_failed} (schema version ${upgrade.version})`,
      { cause: error },
    );
  }
  const names = errorNames(error);
  const kind: StorageErrorKind = names.includes('QuotaExceededError')
    ? 'quota'
    : names.includes('VersionError')
      ? 'version_change'
      : names.some((name) => name === 'DatabaseClosedError' || name === 'InvalidStateError')
        ? 'closed'
        : 'unknown';
  return new StorageError(kind, undefined, { cause: error });
}

/**
 * Runs a database operation and maps its failure to a StorageError. When the connection was closed
 * under us ("connection is closing", DatabaseClosedError), reopens it once and retries: every
 * operation passed here must be safe to run twice (bulkPut by id, idempotent updates).
 */
export async function withStorage<T>(db: LoupeDb, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    const failure = toStorageError(error, db);
    if (failure.kind !== 'closed') throw failure;
    try {
      db.close();
      await db.open();
      return await operation();
    } catch (retryError) {
      throw toStorageError(retryError, db);
    }
  }
}
