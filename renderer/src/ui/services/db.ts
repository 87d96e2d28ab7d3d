import { flagInterruptedImports, openLoupeDb, type LoupeDb, type StorageError } from '../../db';

let opening: Promise<LoupeDb> | null = null;
const storageProblemListeners = new Set<(error: StorageError) => void>();

/** Subscribes to storage problems that need the user (another window upgraded, deleted or blocks us). */
export function onStorageProblem(listener: (error: StorageError) => void): () => void {
  storageProblemListeners.add(listener);
  return () => storageProblemListeners.delete(listener);
}

const report = (error: StorageError) => storageProblemListeners.forEach((listener) => listener(error));

/** The page's one connection to Loupe's database. */
export function getDb(): Promise<LoupeDb> {
  opening ??= openLoupeDb({ onBlocked: report, onVersionChange: report }).then(
    (db) => {
      // Not awaited: a check waits for as long as another window's import holds its run.
      flagInterruptedImports(db).catch((error: unknown) =>
        console.warn('Could not check for interrupted imports.', error),
      );
      return db;
    },
    (error: unknown) => {
      opening = null;
      throw error;
    },
  );
  return opening;
}

/** After "delete everything" the connection is gone; the next call opens a fresh, empty database. */
export function forgetDb(): void {
  opening = null;
}
