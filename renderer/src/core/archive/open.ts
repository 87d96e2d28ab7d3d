import type { ArchiveId } from '../model';
import { describeContents, detectProfiles, type DetectedProfile } from './detect';
import { E2EE_BACKUP_THREAD } from './extractors/facebook/messages';
import { archiveIdFor } from './ids';
import { DEFAULT_LIMITS, InflateBudget, type ImportLimits } from './limits';
import { mergeParts, type MergedEntry } from './merge';
import { classifyEntry } from './paths';
import { err, ok, type Result } from './result';
import type { ArchiveSource, SourceEntry } from './sources/source';

export type ArchiveErrorCode =
  'no_input' | 'unreadable' | 'encrypted' | 'not_meta' | 'too_many_entries' | 'too_many_parts';

/** The variable parts of an `ArchiveError`, so that an interface can word it in its own language. */
export interface ArchiveErrorParams {
  /** The parts or folder concerned, comma-separated. */
  readonly names?: string;
  /** What was found instead of a Meta export (top-level folders and files, with counts). */
  readonly found?: string;
  readonly count?: number;
  readonly limit?: number;
  /** The reader's own reason, in English. */
  readonly detail?: string;
}

/** Why an input cannot be imported at all. The message names files, never their content. */
export interface ArchiveError {
  readonly code: ArchiveErrorCode;
  readonly message: string;
  readonly params: ArchiveErrorParams;
}

/** The parts of one export, merged, with their Instagram/Facebook sub-trees found. */
export interface OpenedArchive {
  readonly archiveId: ArchiveId;
  readonly parts: readonly ArchiveSource[];
  readonly entries: readonly MergedEntry[];
  readonly profiles: readonly DetectedProfile[];
  readonly duplicatePaths: number;
  readonly limits: ImportLimits;
  /** Closes every part's reader. */
  close(): Promise<void>;
}

/**
 * Lists every part, merges them, and detects the platform(s), format and layout generation. Fails, as a
 * value, only when the input as a whole is unusable: not a ZIP, not a Meta export, absurdly large.
 */
export async function openArchive(
  sources: readonly ArchiveSource[],
  options: { limits?: Partial<ImportLimits> } = {},
): Promise<Result<OpenedArchive, ArchiveError>> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const closeAll = () => Promise.allSettled(sources.map((source) => source.close())).then(() => undefined);
  if (sources.length === 0) return err({ code: 'no_input', message: 'no archive given', params: {} });
  if (sources.length > limits.maxSources) {
    await closeAll();
    return err({
      code: 'too_many_parts',
      message: `${sources.length} parts given; at most ${limits.maxSources} are read`,
      params: {
        names: sources.map((source) => source.name).join(', '),
        count: sources.length,
        limit: limits.maxSources,
      },
    });
  }
  const listed: { source: ArchiveSource; entries: readonly SourceEntry[] }[] = [];
  let total = 0;
  for (const source of sources) {
    try {
      const entries = await source.list();
      total += entries.length;
      if (total > limits.maxEntries) {
        await closeAll();
        return err({
          code: 'too_many_entries',
          message: `more than ${limits.maxEntries} files in the archive`,
          params: { names: source.name, limit: limits.maxEntries },
        });
      }
      listed.push({ source, entries });
    } catch (error) {
      await closeAll();
      const reason = error instanceof Error ? error.message : String(error);
      return err({
        code: 'unreadable',
        message: `${source.name} is not a readable ZIP file or folder (${reason})`,
        params: { names: source.name, detail: reason },
      });
    }
  }
  const locked = passwordProtectedParts(listed);
  if (locked.length === listed.length) {
    await closeAll();
    return err({
      code: 'encrypted',
      message:
        `${locked.join(', ')} ${locked.length === 1 ? 'is' : 'are'} password-protected; Meta's exports are ` +
        'not encrypted: import the ZIP Meta sent, or zip the extracted folder again without a password',
      params: { names: locked.join(', '), count: locked.length },
    });
  }
  const merged = mergeParts(listed);
  const paths = merged.entries
    .filter((entry) => !entry.source.refused)
    .map((entry) => entry.path)
    .filter((path) => classifyEntry(path) !== 'junk');
  let profiles = detectProfiles(paths);
  if (profiles.length === 0) profiles = await sniffEncryptedBackup(merged.entries, merged.parts, limits);
  if (profiles.length === 0) {
    await closeAll();
    const names = sources.map((source) => source.name).join(', ');
    const found = describeContents(paths);
    return err({
      code: 'not_meta',
      message: `no Instagram or Facebook files found in ${names}; found: ${found}`,
      params: { names, found },
    });
  }
  return ok({
    archiveId: archiveIdFor(
      merged.entries.map((entry) => {
        const profile = profiles.find((candidate) => entry.path.startsWith(candidate.root));
        return { relPath: profile ? entry.path.slice(profile.root.length) : entry.path, size: entry.size };
      }),
    ),
    parts: merged.parts,
    entries: merged.entries,
    profiles,
    duplicatePaths: merged.duplicatePaths,
    limits,
    close: closeAll,
  });
}

/**
 * Parts whose text files are all password-protected. When every part is, nothing can be read and the import is
 * refused with one message; otherwise the encrypted entries are skipped and named, and the rest imported.
 */
function passwordProtectedParts(
  listed: readonly { source: ArchiveSource; entries: readonly SourceEntry[] }[],
): string[] {
  return listed
    .filter(({ entries }) => {
      const text = entries.filter((entry) => {
        const kind = classifyEntry(entry.path);
        return kind === 'json' || kind === 'html';
      });
      const considered = text.length > 0 ? text : entries;
      return considered.length > 0 && considered.every((entry) => entry.refused?.reason === 'encrypted');
    })
    .map(({ source }) => source.name);
}

/** A Messenger end-to-end-encrypted backup ZIP has no category folders: recognise it by one thread file's keys. */
async function sniffEncryptedBackup(
  entries: readonly MergedEntry[],
  parts: readonly ArchiveSource[],
  limits: ImportLimits,
): Promise<DetectedProfile[]> {
  const candidate = entries.find((entry) => !entry.source.refused && E2EE_BACKUP_THREAD.test(entry.path));
  if (!candidate) return [];
  try {
    const bytes = await parts[candidate.part]!.read(candidate.source, new InflateBudget(limits));
    const doc: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (doc && typeof doc === 'object' && 'threadName' in doc && 'messages' in doc) {
      return [{ root: '', platform: 'facebook', alsoPlatform: null, format: 'json', generation: 'FB-E2EE' }];
    }
  } catch {
    // Not a backup thread: fall through to "not a Meta export".
  }
  return [];
}
