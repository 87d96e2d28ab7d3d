import type { Table } from 'dexie';
import {
  asEpochMs,
  type ArchiveId,
  type EpochMs,
  type Exposure,
  type Item,
  type Platform,
} from '@core/model';
import { StorageError, withStorage } from './errors';
import { addUnlessStored } from './add-unless-stored';
import { datedEntries, mergeNewest } from './newest-items';
import { itemFactsOf } from './report-facts';
import type { ArchiveFormat, ArchiveRecord, DateRange, RunRecord } from './records';
import { importRunId, isActiveRun, newRun } from './runs';
import { scoresOfItems, type LoupeDb } from './schema';

export interface ArchiveDescription {
  readonly id: ArchiveId;
  readonly platform: Platform;
  readonly format: ArchiveFormat;
  readonly sourceFiles: readonly string[];
  readonly ownerName: string | null;
}

/**
 * Records that an archive is being imported and starts (or restarts) its import run, in one
 * transaction. Importing an archive again keeps what was written before: chunks are put by id.
 */
export function beginArchiveImport(
  db: LoupeDb,
  description: ArchiveDescription,
): Promise<{ archive: ArchiveRecord; run: RunRecord }> {
  return withStorage(db, () =>
    db.transaction('rw', db.archives, db.runs, async () => {
      const previous = await db.archives.get(description.id);
      const archive: ArchiveRecord = {
        ...description,
        importedAt: asEpochMs(Date.now()),
        dateRange: previous?.dateRange ?? null,
        counts: previous?.counts ?? { items: 0, exposures: 0 },
        status: 'importing',
        error: null,
      };
      const runId = importRunId(description.id);
      const existing = await db.runs.get(runId);
      const run: RunRecord = {
        ...newRun({
          id: runId,
          type: 'import',
          archiveId: description.id,
          modelId: null,
          status: 'running',
        }),
        cursor: existing && isActiveRun(existing) ? existing.cursor : null,
        done: archive.counts.items,
      };
      await db.archives.put(archive);
      await db.runs.put(run);
      return { archive, run };
    }),
  );
}

export interface ImportChunk {
  readonly archiveId: ArchiveId;
  /** 1,000 to 5,000 rows per chunk: one transaction each. */
  readonly items: readonly Item[];
  readonly exposures: readonly Exposure[];
}

export interface ImportChunkResult {
  /** The archive's counts after this chunk (duplicates by id counted once). */
  readonly counts: ArchiveRecord['counts'];
}

/**
 * Writes one chunk of an import in a single transaction: items and exposures (put by id, so a
 * re-import deduplicates), the archive's counts and date range, the import run's progress, and
 * the totals of classification runs in progress. A crash or a quota error leaves the whole
 * chunk or none of it. When it fails for good, the import run and the archive are marked failed.
 */
export async function writeImportChunk(db: LoupeDb, chunk: ImportChunk): Promise<ImportChunkResult> {
  for (const record of [...chunk.items, ...chunk.exposures]) {
    if (record.archiveId !== chunk.archiveId) {
      throw new RangeError('every record of an import chunk must belong to its archive');
    }
  }
  try {
    return await withStorage(db, () => writeChunkTransaction(db, chunk));
  } catch (error) {
    if (error instanceof StorageError && error.kind !== 'missing') {
      await markImportFailed(db, chunk.archiveId, error).catch(() => undefined);
    }
    throw error;
  }
}

function writeChunkTransaction(db: LoupeDb, chunk: ImportChunk): Promise<ImportChunkResult> {
  const tables = [db.archives, db.items, db.exposures, db.runs, db.scores, db.reviews, db.itemFacts];
  return db.transaction('rw', tables, async () => {
    const archive = await db.archives.get(chunk.archiveId);
    if (!archive) throw new StorageError('missing', `No archive ${chunk.archiveId}.`);
    // Counts are kept incrementally: counting an archive's rows by index on every chunk made a
    // 100,000-item import quadratic (most of its time went into those counts).
    const items = await writeArrivals(db.items, chunk.archiveId, chunk.items);
    if (chunk.items.length > 0) await db.itemFacts.add(itemFactsOf(chunk.items));
    if (items.movedIds.length > 0) {
      // What was derived from a moved item follows it, so deleting the old archive spares it.
      const follow = { archiveId: chunk.archiveId };
      await scoresOfItems(db, items.movedIds).modify(follow);
      await db.reviews.where(':id').anyOf(items.movedIds).modify(follow);
    }
    const exposures = await writeArrivals(db.exposures, chunk.archiveId, chunk.exposures);
    if (items.added > 0) await addToActiveClassificationTotals(db, items.added);
    const counts = {
      items: archive.counts.items + items.added + items.movedIds.length,
      exposures: archive.counts.exposures + exposures.added + exposures.movedIds.length,
    };
    const dateRange = widenDateRange(archive.dateRange, [...chunk.items, ...chunk.exposures]);
    const newestItems = mergeNewest([archive.newestItems ?? [], datedEntries(chunk.items)]);
    await db.archives.put({ ...archive, counts, dateRange, newestItems });
    const movedFrom = new Set([...items.movedFrom.keys(), ...exposures.movedFrom.keys()]);
    for (const otherId of movedFrom) {
      const other = await db.archives.get(otherId);
      if (!other) continue;
      await db.archives.put({
        ...other,
        counts: {
          items: Math.max(0, other.counts.items - (items.movedFrom.get(otherId) ?? 0)),
          exposures: Math.max(0, other.counts.exposures - (exposures.movedFrom.get(otherId) ?? 0)),
        },
      });
    }
    const runId = importRunId(chunk.archiveId);
    const run = await db.runs.get(runId);
    if (run) await db.runs.put({ ...run, done: counts.items, updatedAt: asEpochMs(Date.now()) });
    return { counts };
  });
}

interface Arrivals<Id> {
  /** Rows new to the database (an id repeated within the chunk counted once). */
  readonly added: number;
  /**
   * Ids already stored with another archive: content ids, so an older export of the same account
   * holds them; they move to this archive.
   */
  readonly movedIds: Id[];
  /** How many rows each other archive loses. */
  readonly movedFrom: Map<ArchiveId, number>;
}

type ArchivedRow<Id> = { readonly id: Id; readonly archiveId: ArchiveId };

/**
 * Writes a chunk's rows (an id repeated within the chunk: its last row, as a put would) and tells what they
 * changed. New rows are added blind; only the ids already stored are read, then overwritten. Reading every
 * id first cost a read per row, about a fifth of a fresh 100,000-item import in Chromium.
 */
async function writeArrivals<Id extends string, Row extends ArchivedRow<Id>>(
  table: Table<Row, Id>,
  archiveId: ArchiveId,
  rows: readonly Row[],
): Promise<Arrivals<Id>> {
  const lastById = new Map<Id, Row>();
  for (const row of rows) lastById.set(row.id, row);
  const unique = [...lastById.values()];
  const stored = await addUnlessStored(table, unique);
  const result: Arrivals<Id> = { added: unique.length - stored.length, movedIds: [], movedFrom: new Map() };
  if (stored.length === 0) return result;
  const previous = await table.bulkGet(stored.map((row) => row.id));
  previous.forEach((old) => {
    if (old === undefined || old.archiveId === archiveId) return;
    result.movedIds.push(old.id);
    result.movedFrom.set(old.archiveId, (result.movedFrom.get(old.archiveId) ?? 0) + 1);
  });
  await table.bulkPut(stored);
  return result;
}

/** Classification runs in progress count the new items in their totals. */
async function addToActiveClassificationTotals(db: LoupeDb, added: number): Promise<void> {
  const runs = await db.runs.where('type').equals('classification').toArray();
  for (const run of runs.filter(isActiveRun)) await db.runs.put({ ...run, total: run.total + added });
}

function widenDateRange(
  range: DateRange | null,
  records: readonly { readonly timestamp: EpochMs | null }[],
): DateRange | null {
  let from = range?.from ?? Number.POSITIVE_INFINITY;
  let to = range?.to ?? Number.NEGATIVE_INFINITY;
  for (const { timestamp } of records) {
    if (timestamp === null) continue;
    if (timestamp < from) from = timestamp;
    if (timestamp > to) to = timestamp;
  }
  return from <= to ? { from: asEpochMs(from), to: asEpochMs(to) } : null;
}

async function markImportFailed(db: LoupeDb, archiveId: ArchiveId, error: StorageError) {
  const reason = `${error.kind}: ${error.message}`;
  await db.transaction('rw', db.archives, db.runs, async () => {
    const archive = await db.archives.get(archiveId);
    if (archive) await db.archives.put({ ...archive, status: 'failed', error: reason });
    const run = await db.runs.get(importRunId(archiveId));
    if (run) {
      await db.runs.put({
        ...run,
        status: 'failed',
        error: reason,
        updatedAt: asEpochMs(Date.now()),
      });
    }
  });
}

/** Ends an import: the archive becomes `complete` (or `failed` with a reason) and so does its run. */
export function finishArchiveImport(
  db: LoupeDb,
  archiveId: ArchiveId,
  outcome: { readonly status: 'complete' } | { readonly status: 'failed'; readonly reason: string },
): Promise<ArchiveRecord> {
  return withStorage(db, () =>
    db.transaction('rw', db.archives, db.runs, async () => {
      const archive = await db.archives.get(archiveId);
      if (!archive) throw new StorageError('missing', `No archive ${archiveId}.`);
      const error = outcome.status === 'failed' ? outcome.reason : null;
      const updated: ArchiveRecord = { ...archive, status: outcome.status, error };
      await db.archives.put(updated);
      const run = await db.runs.get(importRunId(archiveId));
      if (run) {
        await db.runs.put({
          ...run,
          status: outcome.status === 'complete' ? 'done' : 'failed',
          total: archive.counts.items,
          error,
          updatedAt: asEpochMs(Date.now()),
        });
      }
      return updated;
    }),
  );
}
