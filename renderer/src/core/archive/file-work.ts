import type { ArchiveId, Exposure, Item, Platform } from '../model';
import { RECORD_VERSION } from '../model';
import { extractorFor } from './extractors/registry';
import { emptyOutput, type ExtractContext, type Extractor } from './extractors/types';
import { finaliseExposure, finaliseItem } from './finalise';
import { ownerFrom, type Owner } from './owner';
import { parseFileBytes, type ReadFailure } from './read-file';

/**
 * One planned file's extraction, described with plain data only, so that it can run in another thread (a
 * worker of an `ExtractPool`) and give the same records as in the importing thread.
 */
export interface FileJob {
  readonly path: string;
  readonly format: 'json' | 'html';
  readonly platform: Platform;
  readonly relKey: string;
  /** Checked against the extractor the registry gives for `platform` and `relKey`. */
  readonly extractorId: string;
  /** The names that identify the archive's owner (as given to `ownerFrom`). */
  readonly ownerNames: readonly string[];
  readonly archiveId: ArchiveId;
}

/** What one file gave: its records, or why it was skipped. Unknown labels are reported either way. */
export interface FileRecords {
  readonly items: Item[];
  readonly exposures: Exposure[];
  readonly unknownLabels: readonly string[];
  readonly failure: ReadFailure | null;
}

/**
 * Extracts many files in parallel (worker threads in Node, Web Workers in browsers). `extract` may take
 * ownership of `bytes` (transfer it); results come back per job, whatever the order jobs finish in.
 */
export interface ExtractPool {
  /** How many jobs run at once; the importer keeps about twice as many in flight. */
  readonly size: number;
  extract(job: FileJob, bytes: Uint8Array): Promise<FileRecords>;
}

const failed = (failure: ReadFailure, unknownLabels: readonly string[] = []): FileRecords => ({
  items: [],
  exposures: [],
  unknownLabels,
  failure,
});

/**
 * Owners by their names, kept across the files of one import: an owner memoises its answers per name.
 * A worker keeps one cache for all the jobs it runs.
 */
export class OwnerCache {
  private readonly owners = new Map<string, Owner>();

  get(names: readonly string[]): Owner {
    const key = names.join('\u0000');
    let owner = this.owners.get(key);
    if (!owner) {
      if (this.owners.size >= 64) this.owners.clear();
      this.owners.set(key, (owner = ownerFrom(names)));
    }
    return owner;
  }
}

/**
 * Parses one file's bytes, runs its extractor (`known`, else the registry's for the job) and gives the records
 * their ids. Never throws.
 */
export function extractFileBytes(
  job: FileJob,
  bytes: Uint8Array,
  owners: OwnerCache,
  known?: Extractor,
): FileRecords {
  const extractor = known ?? extractorFor(job.platform, job.relKey);
  if (!extractor || extractor.id !== job.extractorId) {
    return failed({ reason: 'no_extractor', detail: `no extractor ${job.extractorId} for this file` });
  }
  const parsed = parseFileBytes(bytes, job.format);
  if (!parsed.ok) return failed(parsed.error);
  const ctx: ExtractContext = {
    platform: job.platform,
    relKey: job.relKey,
    owner: owners.get(job.ownerNames),
  };
  const out = emptyOutput();
  try {
    if (parsed.value.format === 'json') extractor.json?.(parsed.value.doc, out, ctx);
    else extractor.html?.(parsed.value.page, out, ctx);
  } catch (error) {
    return failed({ reason: 'extractor_failed', detail: error instanceof Error ? error.name : 'error' });
  }
  const unknownLabels = [...out.unknownLabels];
  if (out.unknownShape && out.items.length === 0 && out.exposures.length === 0) {
    return failed({ reason: 'unknown_shape', detail: `not a shape ${extractor.id} knows` }, unknownLabels);
  }
  const items: Item[] = new Array<Item>(out.items.length);
  for (let i = 0; i < items.length; i++)
    items[i] = finaliseItem(out.items[i]!, job.archiveId, job.platform, job.path);
  const exposures: Exposure[] = new Array<Exposure>(out.exposures.length);
  for (let i = 0; i < exposures.length; i++)
    exposures[i] = finaliseExposure(out.exposures[i]!, job.archiveId, job.platform, job.path);
  return { items, exposures, unknownLabels, failure: null };
}

/**
 * A file's records as the JSON text of flat arrays of their fields: what a worker posts, several times
 * cheaper to send and to read back than the records themselves (the structured clone of many small objects
 * is slow). The job restores the fields every record of the file shares.
 */
export interface PackedFileRecords {
  /** Per item: id, kind, direction, author, conversation, timestamp, text, link count, the links. */
  readonly items: string;
  /** Per exposure: id, kind, label, account, url, timestamp. */
  readonly exposures: string;
  readonly unknownLabels: readonly string[];
  readonly failure: ReadFailure | null;
}

export function packFileRecords(records: FileRecords): PackedFileRecords {
  const items: (string | number | null)[] = [];
  for (const item of records.items) {
    items.push(
      item.id,
      item.kind,
      item.direction,
      item.author,
      item.conversation,
      item.timestamp,
      item.text,
      item.links.length,
    );
    for (const link of item.links) items.push(link);
  }
  const exposures: (string | number | null)[] = [];
  for (const exposure of records.exposures) {
    exposures.push(
      exposure.id,
      exposure.kind,
      exposure.label,
      exposure.account,
      exposure.url,
      exposure.timestamp,
    );
  }
  return {
    items: JSON.stringify(items),
    exposures: JSON.stringify(exposures),
    unknownLabels: records.unknownLabels,
    failure: records.failure,
  };
}

const NO_LINKS: readonly string[] = Object.freeze([]);

/** The records `packFileRecords` packed, equal field for field (and in the same key order) to the originals. */
export function unpackFileRecords(packed: PackedFileRecords, job: FileJob): FileRecords {
  const { archiveId, platform, path: sourcePath } = job;
  const items: Item[] = [];
  const flat = JSON.parse(packed.items) as (string | number | null)[];
  for (let i = 0; i < flat.length;) {
    const linkCount = flat[i + 7] as number;
    const links = linkCount === 0 ? NO_LINKS : (flat.slice(i + 8, i + 8 + linkCount) as string[]);
    items.push({
      v: RECORD_VERSION,
      id: flat[i] as Item['id'],
      archiveId,
      platform,
      kind: flat[i + 1] as Item['kind'],
      direction: flat[i + 2] as Item['direction'],
      author: flat[i + 3] as string | null,
      conversation: flat[i + 4] as string | null,
      timestamp: flat[i + 5] as Item['timestamp'],
      text: flat[i + 6] as string,
      links,
      sourcePath,
    });
    i += 8 + linkCount;
  }
  const exposures: Exposure[] = [];
  const ex = JSON.parse(packed.exposures) as (string | number | null)[];
  for (let i = 0; i < ex.length; i += 6) {
    exposures.push({
      v: RECORD_VERSION,
      id: ex[i] as Exposure['id'],
      archiveId,
      platform,
      kind: ex[i + 1] as Exposure['kind'],
      label: ex[i + 2] as string | null,
      account: ex[i + 3] as string | null,
      url: ex[i + 4] as string | null,
      timestamp: ex[i + 5] as Exposure['timestamp'],
      sourcePath,
    });
  }
  return { items, exposures, unknownLabels: packed.unknownLabels, failure: packed.failure };
}

/** A worker's side of a pool: one message in, one out. */
export interface PoolRequest {
  readonly id: number;
  readonly job: FileJob;
  readonly bytes: Uint8Array;
}
export interface PoolResponse {
  readonly id: number;
  readonly packed: PackedFileRecords;
}

/** Handles one request in a pool worker (Node worker thread or Web Worker). */
export function handlePoolRequest(request: PoolRequest, owners: OwnerCache): PoolResponse {
  return { id: request.id, packed: packFileRecords(extractFileBytes(request.job, request.bytes, owners)) };
}
