import {
  extractArchive,
  openArchive,
  type ArchiveError,
  type ArchiveSource,
  type ExtractSummary,
  type OpenedArchive,
} from '../core/archive';
import type { ExtractPool } from '../core/archive/file-work';
import type { ArchiveId } from '../core/model';
import {
  beginArchiveImport,
  finishArchiveImport,
  importRunId,
  runLock,
  writeImportChunk,
  type LoupeDb,
  type RunLock,
} from '../db';
import { RateMeter, type RunProgress } from './progress';

export type ImportOutcome =
  | { readonly ok: true; readonly archiveId: ArchiveId; readonly summary: ExtractSummary | null }
  | {
      readonly ok: false;
      readonly archiveId: ArchiveId | null;
      readonly reason: string;
      /** Set when the input as a whole was refused, so that the interface can word it in its language. */
      readonly refusal?: Pick<ArchiveError, 'code' | 'params'>;
    };

/**
 * Reads one export (one or more parts) and writes it to the database chunk by chunk, each chunk in its own
 * transaction: a crash leaves whole chunks, and importing again completes the archive without duplicates.
 */
export async function importArchiveIntoDb(
  db: LoupeDb,
  sources: readonly ArchiveSource[],
  options: {
    readonly signal?: AbortSignal;
    readonly onProgress?: (progress: RunProgress) => void;
    /** Held while the import runs, so that a later start can tell a live import from a dead one. */
    readonly lock?: RunLock;
    /** Extracts files in other workers (large exports only; see `extractArchive`). */
    readonly pool?: ExtractPool;
  } = {},
): Promise<ImportOutcome> {
  const opened = await openArchive(sources);
  if (!opened.ok) {
    const { code, params, message } = opened.error;
    return { ok: false, archiveId: null, reason: message, refusal: { code, params } };
  }
  const archive = opened.value;
  const lock = options.lock ?? runLock;
  try {
    return await lock(importRunId(archive.archiveId), () => importOpened(db, sources, archive, options));
  } finally {
    await archive.close();
  }
}

async function importOpened(
  db: LoupeDb,
  sources: readonly ArchiveSource[],
  archive: OpenedArchive,
  options: {
    readonly signal?: AbortSignal;
    readonly onProgress?: (progress: RunProgress) => void;
    readonly pool?: ExtractPool;
  },
): Promise<ImportOutcome> {
  const profile = archive.profiles[0]!;
  const formats = new Set(archive.profiles.map((candidate) => candidate.format));
  await beginArchiveImport(db, {
    id: archive.archiveId,
    platform: profile.platform,
    format: formats.size > 1 ? 'mixed' : profile.format,
    sourceFiles: sources.map((source) => source.name),
    ownerName: null,
  });
  const meter = new RateMeter(0);
  let summary: ExtractSummary | null = null;
  try {
    for await (const batch of extractArchive(archive, {
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.pool ? { pool: options.pool } : {}),
    })) {
      await writeImportChunk(db, {
        archiveId: archive.archiveId,
        items: batch.items,
        exposures: batch.exposures,
      });
      options.onProgress?.(meter.progress('importing', batch.progress.filesDone, batch.progress.filesTotal));
      if (batch.summary) summary = batch.summary;
    }
    await finishArchiveImport(db, archive.archiveId, { status: 'complete' });
    return { ok: true, archiveId: archive.archiveId, summary };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await finishArchiveImport(db, archive.archiveId, { status: 'failed', reason }).catch(() => undefined);
    return { ok: false, archiveId: archive.archiveId, reason };
  }
}
