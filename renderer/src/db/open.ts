import { StorageError, toStorageError } from './errors';
import { DEFAULT_DB_NAME, LoupeDb } from './schema';
import { SCHEMA_VERSIONS, type SchemaVersion } from './versions';

export interface OpenOptions {
  readonly name?: string;
  /** Tests only: an older or altered list of schema versions. */
  readonly versions?: readonly SchemaVersion[];
  /** Another IndexedDB implementation (tests); the global one by default. */
  readonly backend?: { readonly indexedDB: IDBFactory; readonly IDBKeyRange: typeof IDBKeyRange };
  /** How long to wait for other windows to close an older version before failing with `blocked`. */
  readonly blockedTimeoutMs?: number;
  /** Called as soon as the open is blocked, so the UI can ask the user to close other windows. */
  readonly onBlocked?: (error: StorageError) => void;
  /** Called when another window upgrades or deletes the database; this connection is then closed. */
  readonly onVersionChange?: (error: StorageError) => void;
}

const DEFAULT_BLOCKED_TIMEOUT_MS = 5_000;

/**
 * Opens (creating or upgrading) Loupe's database, in a page, a worker or Node. Fails with a
 * StorageError: `blocked`, `version_change` (the stored database is newer than this build),
 * `upgrade_failed` (the database stays at its previous version), or `quota`.
 */
export async function openLoupeDb(options: OpenOptions = {}): Promise<LoupeDb> {
  const versions = options.versions ?? SCHEMA_VERSIONS;
  const name = options.name ?? DEFAULT_DB_NAME;
  const factory = options.backend?.indexedDB ?? globalThis.indexedDB;
  const latest = Math.max(...versions.map((step) => step.version));
  const stored = await readStoredNativeVersion(factory, name);
  // Dexie would otherwise open a newer database with this build's older schema.
  if (stored !== null && stored > latest * 10) {
    throw new StorageError(
      'version_change',
      'This database was written by a newer version of Loupe. Update Loupe or close this window.',
    );
  }
  const db = new LoupeDb(name, versions, options.backend ?? {});
  db.on('versionchange', (event: IDBVersionChangeEvent) => {
    db.versionChanged = true;
    db.close();
    const deleted = event.newVersion === null || event.newVersion === 0;
    options.onVersionChange?.(
      new StorageError(
        'version_change',
        deleted ? 'Loupe data was deleted in another window. Close this window and reload.' : undefined,
      ),
    );
    return false; // replaces Dexie's default, which would reopen this stale connection later
  });
  return openWithBlockedTimeout(db, options);
}

function openWithBlockedTimeout(db: LoupeDb, options: OpenOptions): Promise<LoupeDb> {
  const timeoutMs = options.blockedTimeoutMs ?? DEFAULT_BLOCKED_TIMEOUT_MS;
  return new Promise<LoupeDb>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    db.on('blocked', () => {
      const error = new StorageError('blocked');
      options.onBlocked?.(error);
      timer ??= setTimeout(() => {
        db.close();
        reject(error);
      }, timeoutMs);
    });
    db.open().then(
      () => {
        clearTimeout(timer);
        resolve(db);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(toStorageError(error, db));
      },
    );
  });
}

/** The native version of an existing database, or null when there is none (and none is created). */
async function readStoredNativeVersion(factory: IDBFactory, name: string): Promise<number | null> {
  // Listing the databases opens none, where opening it here would make every start open it twice.
  if (typeof factory.databases === 'function') {
    const found = (await factory.databases()).find((info) => info.name === name);
    return found?.version ?? null;
  }
  return new Promise((resolve, reject) => {
    const request = factory.open(name);
    let created = false;
    request.onupgradeneeded = () => {
      created = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => {
      const version = request.result.version;
      request.result.close();
      resolve(version);
    };
    request.onerror = (event) => {
      if (created) {
        event.preventDefault();
        resolve(null);
      } else reject(toStorageError(request.error));
    };
  });
}
