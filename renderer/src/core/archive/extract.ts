import type { ArchiveId, Exposure, Item, Platform } from '../model';
import type { DetectedProfile } from './detect';
import { emptyOutput, type ExtractContext } from './extractors/types';
import { finaliseExposure, finaliseItem } from './finalise';
import { IdSet } from './id-set';
import { EntryReadError, InflateBudget } from './limits';
import type { OpenedArchive } from './open';
import { ownerFrom, ownerFromParticipants, type Owner } from './owner';
import { redactPath } from './paths';
import { planImport, threadSamples, type ImportPlan, type PlannedFile } from './plan';
import { readPlannedFile } from './read-file';
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
}

const ownerKey = (profile: DetectedProfile, platform: Platform) => `${profile.root}\u0000${platform}`;

/** Reads profile files, then (when they say nothing) a sample of threads' participants, to name the owner. */
async function identifyOwners(
  archive: OpenedArchive,
  plan: ImportPlan,
  budget: InflateBudget,
  signal?: AbortSignal,
): Promise<Map<string, Owner>> {
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
  const owners = new Map<string, Owner>();
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
      owners.set(key, ownerFrom(known));
    }
  }
  return owners;
}

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
  for (const file of plan.files) {
    if (options.signal?.aborted) throw new EntryReadError('aborted', 'import cancelled');
    filesDone++;
    if (!file.extractor.json && !file.extractor.html) {
      counter.filesRead++;
      continue;
    }
    const done = await extractFile(file);
    if (done) {
      for (const item of done.items) {
        if (!seen.add(item.id)) counter.duplicateRecords++;
        else {
          counter.item(item);
          items.push(item);
        }
      }
      for (const exposure of done.exposures) {
        if (!seen.add(exposure.id)) counter.duplicateRecords++;
        else {
          counter.exposure(exposure);
          exposures.push(exposure);
        }
      }
    }
    options.onProgress?.(progress());
    if (items.length + exposures.length >= batchSize) {
      yield { items, exposures, problems, progress: progress() };
      items = [];
      exposures = [];
      problems = [];
    }
  }
  yield { items, exposures, problems, progress: progress(), summary: summarise() };

  async function extractFile(file: PlannedFile): Promise<{ items: Item[]; exposures: Exposure[] } | null> {
    const parsed = await readPlannedFile(archive, file, budget, options.signal);
    if (!parsed.ok) {
      addProblem(problemOf(file, parsed.error.reason, parsed.error.detail));
      return null;
    }
    const owner = owners.get(ownerKey(file.profile, file.platform)) ?? ownerFrom([]);
    const ctx: ExtractContext = { platform: file.platform, relKey: file.relKey, owner };
    const out = emptyOutput();
    try {
      if (parsed.value.format === 'json') file.extractor.json?.(parsed.value.doc, out, ctx);
      else file.extractor.html?.(parsed.value.page, out, ctx);
    } catch (error) {
      addProblem(problemOf(file, 'extractor_failed', error instanceof Error ? error.name : 'error'));
      return null;
    }
    for (const label of out.unknownLabels)
      if (counter.unknownLabels.size < 100) counter.unknownLabels.add(label);
    if (out.unknownShape && out.items.length === 0 && out.exposures.length === 0) {
      addProblem(problemOf(file, 'unknown_shape', `not a shape ${file.extractor.id} knows`));
      return null;
    }
    counter.filesRead++;
    return {
      items: out.items.map((draft) => finaliseItem(draft, archiveId, file.platform, file.entry.path)),
      exposures: out.exposures.map((draft) =>
        finaliseExposure(draft, archiveId, file.platform, file.entry.path),
      ),
    };
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
      ownerIdentified: [...owners.values()].some((owner) => owner.known),
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
