import type { Platform } from '../model';
import { platformOfEntry, type DetectedProfile } from './detect';
import { extractorFor } from './extractors/registry';
import type { Extractor } from './extractors/types';
import type { MergedEntry } from './merge';
import { classifyEntry, comparePaths, matchKey } from './paths';
import type { OpenedArchive } from './open';

export type SkipReason =
  | 'no_data'
  | 'empty'
  | 'no_extractor'
  | 'outside_export'
  | 'malformed_json'
  | 'unknown_shape'
  | 'too_large'
  | 'ratio'
  | 'total_cap'
  | 'unreadable'
  | 'extractor_failed'
  | 'encrypted'
  | 'unsafe_name';

/** One text file to read, with the extractor that understands it. */
export interface PlannedFile {
  readonly entry: MergedEntry;
  readonly profile: DetectedProfile;
  readonly platform: Platform;
  readonly relKey: string;
  readonly format: 'json' | 'html';
  readonly extractor: Extractor;
}

export interface ImportPlan {
  /** Profile files first (they name the owner), then the rest in a deterministic, numeric path order. */
  readonly files: readonly PlannedFile[];
  readonly skipped: readonly { readonly entry: MergedEntry; readonly reason: SkipReason }[];
  readonly media: { count: number; bytes: number };
  readonly ignored: number;
}

function profileOf(profiles: readonly DetectedProfile[], path: string): DetectedProfile | null {
  let best: DetectedProfile | null = null;
  for (const profile of profiles) {
    if (path.startsWith(profile.root) && (!best || profile.root.length > best.root.length)) best = profile;
  }
  return best;
}

/** Decides, from paths alone, which entries are read, by which extractor, and which are skipped and why. */
export function planImport(archive: OpenedArchive): ImportPlan {
  const files: PlannedFile[] = [];
  const skipped: { entry: MergedEntry; reason: SkipReason }[] = [];
  const media = { count: 0, bytes: 0 };
  let ignored = 0;
  for (const entry of archive.entries) {
    if (entry.source.refused?.reason === 'unsafe_name') {
      skipped.push({ entry, reason: 'unsafe_name' });
      continue;
    }
    const kind = classifyEntry(entry.path);
    if (kind === 'media') {
      media.count++;
      media.bytes += entry.size;
      continue;
    }
    if (kind === 'junk' || kind === 'text_other') {
      ignored++;
      continue;
    }
    if (entry.source.refused) {
      skipped.push({ entry, reason: entry.source.refused.reason });
      continue;
    }
    if (kind === 'no_data') {
      skipped.push({ entry, reason: 'no_data' });
      continue;
    }
    const profile = profileOf(archive.profiles, entry.path);
    if (!profile) {
      skipped.push({ entry, reason: 'outside_export' });
      continue;
    }
    const relKey = matchKey(entry.path.slice(profile.root.length));
    const platform = platformOfEntry(profile, relKey);
    const extractor = extractorFor(platform, relKey);
    const format = kind;
    if (
      !extractor ||
      (format === 'json' ? !extractor.json && !extractor.ownerJson : !extractor.html && !extractor.ownerHtml)
    ) {
      skipped.push({ entry, reason: 'no_extractor' });
      continue;
    }
    files.push({ entry, profile, platform, relKey, format, extractor });
  }
  const isOwnerFile = (file: PlannedFile) => (file.extractor.ownerJson || file.extractor.ownerHtml ? 0 : 1);
  files.sort((a, b) => isOwnerFile(a) - isOwnerFile(b) || comparePaths(a.entry.path, b.entry.path));
  return { files, skipped, media, ignored };
}

/** The first file of each conversation (up to `max`), to find the owner among participants. */
export function threadSamples(
  plan: ImportPlan,
  profile: DetectedProfile,
  platform: Platform,
  max = 24,
): PlannedFile[] {
  const byFolder = new Map<string, PlannedFile>();
  for (const file of plan.files) {
    if (file.profile !== profile || file.platform !== platform) continue;
    if (!file.extractor.participantsJson && !file.extractor.participantsHtml) continue;
    // A thread is a folder of message_N files, except in the E2EE backup: one file per thread, side by side.
    const folder =
      profile.generation === 'FB-E2EE'
        ? file.entry.path
        : file.entry.path.slice(0, file.entry.path.lastIndexOf('/'));
    if (!byFolder.has(folder)) byFolder.set(folder, file);
    if (byFolder.size >= max) break;
  }
  return [...byFolder.values()];
}
