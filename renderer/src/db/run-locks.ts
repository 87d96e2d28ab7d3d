import { asEpochMs, type ArchiveId } from '@core/model';
import { withStorage } from './errors';
import { importRunId, isActiveRun } from './runs';
import type { LoupeDb } from './schema';

/**
 * Runs `work` while holding a run's lock, waiting until no one else holds it. The worker that owns a run
 * holds its lock for as long as it works on it, so whoever gets the lock knows that no worker is busy with
 * that run. Browsers release a closed page's or a terminated worker's locks themselves.
 */
export type RunLock = <T>(runId: string, work: () => Promise<T>) => Promise<T>;

const lockName = (runId: string) => `loupe-run:${runId}`;

/** Locks within this JavaScript context only: for where the Web Locks API is missing (Node). */
export function inProcessRunLock(): RunLock {
  const tails = new Map<string, Promise<unknown>>();
  return (runId, work) => {
    const previous = tails.get(runId) ?? Promise.resolve();
    const result = previous.then(work, work);
    const tail = result.catch(() => undefined);
    tails.set(runId, tail);
    void tail.then(() => {
      if (tails.get(runId) === tail) tails.delete(runId);
    });
    return result;
  };
}

const fallback = inProcessRunLock();

/** The Web Locks API, shared by every page and worker of the origin; in-process locks without it. */
export const runLock: RunLock = (runId, work) => {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) return fallback(runId, work);
  return locks.request(lockName(runId), () => work()) as Promise<Awaited<ReturnType<typeof work>>>;
};

/**
 * An import run still marked active with no worker holding it: its worker died (a reload, the app closed,
 * a crash). It cannot go on by itself, because the files it read are gone; the run and the archive are
 * marked `interrupted` so that the Import page asks for the same files again. Call only while holding the
 * run's lock. Returns whether it marked anything.
 */
export function markImportInterrupted(db: LoupeDb, archiveId: ArchiveId): Promise<boolean> {
  return withStorage(db, () =>
    db.transaction('rw', db.runs, db.archives, async () => {
      const run = await db.runs.get(importRunId(archiveId));
      if (!run || !isActiveRun(run)) return false;
      await db.runs.put({ ...run, status: 'interrupted', updatedAt: asEpochMs(Date.now()) });
      const archive = await db.archives.get(archiveId);
      if (archive?.status === 'importing') await db.archives.put({ ...archive, status: 'interrupted' });
      return true;
    }),
  );
}

/**
 * At startup: every import run marked active is checked once its lock is free, at once when its worker is
 * gone, or when a worker in another window lets go of it (by then it has usually finished). Resolves when
 * every check has run, which can take as long as another window's import.
 */
export async function flagInterruptedImports(db: LoupeDb, lock: RunLock = runLock): Promise<ArchiveId[]> {
  const runs = await withStorage(db, () => db.runs.where('type').equals('import').toArray());
  const flagged: ArchiveId[] = [];
  await Promise.all(
    runs
      .filter((run) => isActiveRun(run) && run.archiveId !== null)
      .map((run) =>
        lock(run.id, async () => {
          if (await markImportInterrupted(db, run.archiveId!)) flagged.push(run.archiveId!);
        }),
      ),
  );
  return flagged;
}
