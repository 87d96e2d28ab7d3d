import { asEpochMs, type ArchiveId } from '@core/model';
import { StorageError, withStorage } from './errors';
import { ACTIVE_RUN_STATUSES, type JsonValue, type RunRecord, type RunStatus, type RunType } from './records';
import type { LoupeDb } from './schema';

export const importRunId = (archiveId: ArchiveId): string => `import:${archiveId}`;
export const classificationRunId = (modelId: string): string => `classification:${modelId}`;

export const isActiveRun = (run: RunRecord): boolean => ACTIVE_RUN_STATUSES.includes(run.status);

export function newRun(
  fields: Pick<RunRecord, 'id' | 'type' | 'archiveId' | 'modelId' | 'status'>,
): RunRecord {
  const now = asEpochMs(Date.now());
  return {
    ...fields,
    done: 0,
    total: 0,
    startedAt: now,
    updatedAt: now,
    cursor: null,
    queuePosition: fields.type === 'classification' ? { after: null, foundInPass: false } : null,
    error: null,
  };
}

export function getRun(db: LoupeDb, runId: string): Promise<RunRecord | undefined> {
  return withStorage(db, () => db.runs.get(runId));
}

export function listRuns(
  db: LoupeDb,
  filter: { readonly type?: RunType; readonly activeOnly?: boolean } = {},
): Promise<RunRecord[]> {
  return withStorage(db, async () => {
    const runs = filter.type
      ? await db.runs.where('type').equals(filter.type).toArray()
      : await db.runs.toArray();
    return filter.activeOnly ? runs.filter(isActiveRun) : runs;
  });
}

export interface RunChange {
  readonly status?: RunStatus;
  readonly cursor?: JsonValue;
  readonly done?: number;
  readonly total?: number;
  readonly error?: string | null;
}

/** Updates a run (pause, resume, cancel, finish, fail, move its cursor) and returns it. */
export function updateRun(db: LoupeDb, runId: string, change: RunChange): Promise<RunRecord> {
  return withStorage(db, () =>
    db.transaction('rw', db.runs, async () => {
      const run = await db.runs.get(runId);
      if (!run) throw new StorageError('missing', `No run ${runId}.`);
      const defined = Object.entries(change).filter(([, value]) => value !== undefined);
      const updated: RunRecord = {
        ...run,
        ...(Object.fromEntries(defined) as RunChange),
        updatedAt: asEpochMs(Date.now()),
      };
      await db.runs.put(updated);
      return updated;
    }),
  );
}
