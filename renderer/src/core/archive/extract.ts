import type { ArchiveId, Exposure, Item, Platform } from '../model';
import type { DetectedProfile } from './detect';
import { extractFileBytes, OwnerCache, type ExtractPool, type FileJob, type FileRecords } from './file-work';
import { IdSet } from './id-set';
import { EntryReadError, InflateBudget } from './limits';
import type { OpenedArchive } from './open';
import { ownerFromParticipants } from './owner';
import { redactPath } from './paths';
import { planImport, threadSamples, type ImportPlan, type PlannedFile } from './plan';
import { readPlannedBytes, readPlannedFile, type ReadFailure } from './read-file';
import { SummaryCounter, type ExtractSummary, type FileProblem } from './summary';

export interface ExtractProgress {
  readonly filesDone: number;
  readonly filesTotal: number;
  readonly items: number;
  readonly exposures: number;
}

/** One chunk of the stream: write it in one transaction. The last chunk carries the summary. */
export interface ExtractBatch {
  readonly items: readonly Item[];
  readonly exposures: readonly Exposure[];
  readonly problems: readonly FileProblem[];
  readonly progress: ExtractProgress;
  readonly summary?: ExtractSummary;
}

export interface ExtractOptions {
  /** Defaults to the archive's own deterministic id. */
  readonly archiveId?: ArchiveId;
  readonly onProgress?: (progress: ExtractProgress) => void;
  readonly signal?: AbortSignal;
  /** Records per batch (default 2000). */
  readonly batchSize?: number;
  /**
   * Extracts files in other threads. Files are still read (and charged to the inflate budget) here, in plan
   * order, and their records are taken in plan order: the batches are the same as without a pool.
   */
  readonly pool?: ExtractPool;
  /**
   * The pool is used only when the planned text files hold at least this many bytes (default 16 MiB): below
   * that, starting threads costs more than it saves.
   */
  readonly poolMinBytes?: number;
}

const ownerKey = (profile: DetectedProfile, platform: Platform) => `${profile.root}\u0000${platform}`;

/**
 * Reads profile files, then (when they say nothing) a sample of threads' participants, to name the owner:
 * the names that identify the owner of each profile and platform.
 */
async function identifyOwners(
  archive: OpenedArchive,
  plan: ImportPlan,
  budget: InflateBudget,
  signal?: AbortSignal,
): Promise<Map<string, string[]>> {
  const names = new Map<string, string[]>();
  for (const file of plan.files) {
    const read = file.extractor.ownerJson ?? file.extractor.ownerHtml;
    if (!read) continue;
    const parsed = await readPlannedFile(archive, file, budget, signal);
    if (!parsed.ok) continue;
    const hint =
      parsed.value.format === 'json'
        ? file.extractor.ownerJson?.(parsed.value.doc)
        : file.extractor.ownerHtml?.(parsed.value.page);
    const key = ownerKey(file.profile, file.platform);
    names.set(key, [...(names.get(key) ?? []), ...(hint?.names ?? [])]);
  }
  const owners = new Map<string, string[]>();
  for (const profile of archive.profiles) {
    for (const platform of [profile.platform, profile.alsoPlatform].filter(
      (p): p is Platform => p !== null,
    )) {
      const key = ownerKey(profile, platform);
      let known = names.get(key) ?? [];
      if (known.length === 0) {
        const participants: string[][] = [];
        for (const file of threadSamples(plan, profile, platform)) {
          const parsed = await readPlannedFile(archive, file, budget, signal);
          if (!parsed.ok) continue;
          const list =
            parsed.value.format === 'json'
              ? file.extractor.participantsJson?.(parsed.value.doc)
              : file.extractor.participantsHtml?.(parsed.value.page);
          if (list) participants.push([...list]);
        }
        const name = ownerFromParticipants(participants);
        if (name) known = [name];
      }
      owners.set(key, known);
    }
  }
  return owners;
}

const POOL_MIN_BYTES = 16 * 2 ** 20;

/** Inflated bytes of the files handed to a pool and not yet taken back (besides the oldest, always sent). */
const MAX_BYTES_IN_FLIGHT = 64 * 2 ** 20;

const failedRead = (failure: ReadFailure): FileRecords => ({
  items: [],
  exposures: [],
  unknownLabels: [],
  failure,
});

const problemOf = (
  file: { entry: { path: string } },
  reason: FileProblem['reason'],
  detail: string,
): FileProblem => ({
  path: redactPath(file.entry.path),
  reason,
  detail,
});

/**
 * Streams the archive's items and exposures in batches. Failure is per file: a file that cannot be read,
 * parsed or understood becomes a problem in its batch and everything else is imported.
 */
export async function* extractArchive(
  archive: OpenedArchive,
  options: ExtractOptions = {},
): AsyncGenerator<ExtractBatch> {
  const archiveId = options.archiveId ?? archive.archiveId;
  const batchSize = options.batchSize ?? 2000;
  const budget = new InflateBudget(archive.limits);
  const plan = planImport(archive);
  const counter = new SummaryCounter();
  const seen = new IdSet();
  const owners = await identifyOwners(archive, plan, budget, options.signal);
  let items: Item[] = [];
  let exposures: Exposure[] = [];
  let problems: FileProblem[] = [];
  let filesDone = 0;
  const progress = (): ExtractProgress => ({
    filesDone,
    filesTotal: plan.files.length,
    items: counter.items.total,
    exposures: counter.exposures.total,
  });
  const addProblem = (problem: FileProblem) => {
    counter.problem(problem);
    problems.push(problem);
  };
  for (const { entry, reason } of plan.skipped) {
    const detail =
      entry.source.refused?.detail ??
      (reason === 'no_data' ? 'the export says this section is empty' : 'not a known text file');
    addProblem(problemOf({ entry }, reason, detail));
  }
  const ownerCache = new OwnerCache();
  const jobOf = (file: PlannedFile): FileJob => ({
    path: file.entry.path,
    format: file.format,
    platform: file.platform,
    relKey: file.relKey,
    extractorId: file.extractor.id,
    ownerNames: owners.get(ownerKey(file.profile, file.platform)) ?? [],
    archiveId,
  });

  /** Counts one file's records (in plan order: which copy of a duplicate is kept depends on it). */
  const take = (file: PlannedFile, records: FileRecords) => {
    for (const label of records.unknownLabels)
      if (counter.unknownLabels.size < 100) counter.unknownLabels.add(label);
    if (records.failure) {
      addProblem(problemOf(file, records.failure.reason, records.failure.detail));
      return;
    }
    counter.filesRead++;
    for (const item of records.items) {
      if (!seen.add(item.id)) counter.duplicateRecords++;
      else {
        counter.item(item);
        items.push(item);
      }
    }
    for (const exposure of records.exposures) {
      if (!seen.add(exposure.id)) counter.duplicateRecords++;
      else {
        counter.exposure(exposure);
        exposures.push(exposure);
      }
    }
  };

  const plannedBytes = plan.files.reduce((sum, file) => sum + file.entry.size, 0);
  const pool = plannedBytes >= (options.poolMinBytes ?? POOL_MIN_BYTES) ? options.pool : undefined;
  /** Files read and handed to the pool, oldest first; a file without a records extractor is `null`. */
  const inFlight: { file: PlannedFile; records: Promise<FileRecords> | null; bytes: number }[] = [];
  // Enough queued work that no worker waits for the next file (a thread wakes up late on a busy machine),
  // bounded in files and in bytes so that memory stays bounded whatever the files' sizes.
  const windowFiles = pool ? pool.size * 8 : 0;
  let bytesInFlight = 0;
  let nextToRead = 0;
  try {
    while (filesDone < plan.files.length) {
      if (options.signal?.aborted) throw new EntryReadError('aborted', 'import cancelled');
      let file: PlannedFile;
      let records: FileRecords | null;
      if (pool) {
        while (
          nextToRead < plan.files.length &&
          (inFlight.length === 0 || (inFlight.length < windowFiles && bytesInFlight < MAX_BYTES_IN_FLIGHT))
        ) {
          const next = plan.files[nextToRead++]!;
          const started = await startFile(next, pool);
          inFlight.push({ file: next, records: started?.records ?? null, bytes: started?.bytes ?? 0 });
          bytesInFlight += started?.bytes ?? 0;
        }
        const head = inFlight.shift()!;
        bytesInFlight -= head.bytes;
        file = head.file;
        records = head.records && (await head.records);
      } else {
        file = plan.files[filesDone]!;
        records = await extractHere(file);
      }
      filesDone++;
      if (records) take(file, records);
      else counter.filesRead++;
      options.onProgress?.(progress());
      if (items.length + exposures.length >= batchSize) {
        yield { items, exposures, problems, progress: progress() };
        items = [];
        exposures = [];
        problems = [];
      }
    }
  } finally {
    // Cancelled or abandoned: no record of a file still in a worker is awaited, nor its failure reported.
    for (const pending of inFlight) pending.records?.catch(() => undefined);
  }
  yield { items, exposures, problems, progress: progress(), summary: summarise() };

  /** A file without a records extractor (a profile file read only to name the owner) gives null. */
  async function extractHere(file: PlannedFile): Promise<FileRecords | null> {
    if (!file.extractor.json && !file.extractor.html) return null;
    const bytes = await readPlannedBytes(archive, file, budget, options.signal);
    if (!bytes.ok) return failedRead(bytes.error);
    return extractFileBytes(jobOf(file), bytes.value, ownerCache, file.extractor);
  }

  /**
   * Reads the file here (the budget is charged in plan order) and hands its bytes to the pool; the pending
   * records are wrapped, since an async function's result would wait for them.
   */
  async function startFile(
    file: PlannedFile,
    pool: ExtractPool,
  ): Promise<{ records: Promise<FileRecords>; bytes: number } | null> {
    if (!file.extractor.json && !file.extractor.html) return null;
    const bytes = await readPlannedBytes(archive, file, budget, options.signal);
    if (!bytes.ok) return { records: Promise.resolve(failedRead(bytes.error)), bytes: 0 };
    const size = bytes.value.length;
    const records = pool.extract(jobOf(file), bytes.value).catch((error: unknown): FileRecords =>
      failedRead({
        reason: 'unreadable',
        detail: `the file could not be extracted (${error instanceof Error ? error.message : 'error'})`,
      }),
    );
    return { records, bytes: size };
  }

  function summarise(): ExtractSummary {
    const unique = <T>(values: T[]) => [...new Set(values)];
    return {
      v: 1,
      archiveId,
      platforms: unique(
        archive.profiles.flatMap((p) => [p.platform, ...(p.alsoPlatform ? [p.alsoPlatform] : [])]),
      ),
      formats: unique(archive.profiles.map((p) => p.format)),
      generations: unique(archive.profiles.map((p) => p.generation)),
      ownerIdentified: [...owners.values()].some((names) => ownerCache.get(names).known),
      items: counter.items,
      exposures: counter.exposures,
      filesRead: counter.filesRead,
      filesSkipped: counter.skipped,
      mediaSkipped: plan.media,
      duplicatePaths: archive.duplicatePaths,
      duplicateRecords: counter.duplicateRecords,
      unknownLabels: [...counter.unknownLabels].sort(),
    };
  }
}
