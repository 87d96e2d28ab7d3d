import type { ArchiveSource, SourceEntry } from './sources/source';

export interface MergedEntry {
  readonly path: string;
  readonly size: number;
  readonly compressedSize: number;
  /** Index into `MergedArchive.parts`. */
  readonly part: number;
  readonly source: SourceEntry;
}

export interface MergedArchive {
  readonly parts: readonly ArchiveSource[];
  readonly entries: readonly MergedEntry[];
  /** Paths present in more than one part; the first part (by name, then size) wins. */
  readonly duplicatePaths: number;
}

/**
 * Treats several parts of one export as one archive: the union of their entries. Parts are ordered by name,
 * then size, so the part that wins a duplicate path does not depend on the order the user picked them in.
 */
export function mergeParts(
  listed: readonly { readonly source: ArchiveSource; readonly entries: readonly SourceEntry[] }[],
): MergedArchive {
  const ordered = [...listed].sort(
    (a, b) =>
      (a.source.name < b.source.name ? -1 : a.source.name > b.source.name ? 1 : 0) ||
      a.source.byteSize - b.source.byteSize,
  );
  const seen = new Set<string>();
  const entries: MergedEntry[] = [];
  let duplicatePaths = 0;
  ordered.forEach(({ entries: partEntries }, part) => {
    for (const entry of partEntries) {
      if (seen.has(entry.path)) {
        duplicatePaths++;
        continue;
      }
      seen.add(entry.path);
      entries.push({
        path: entry.path,
        size: entry.size,
        compressedSize: entry.compressedSize,
        part,
        source: entry,
      });
    }
  });
  return { parts: ordered.map((item) => item.source), entries, duplicatePaths };
}
