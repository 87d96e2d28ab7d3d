import type { InflateBudget } from '../limits';

/** One file inside a ZIP part or an extracted folder. */
export interface SourceEntry {
  /** Normalised: `/` separators, no leading `./` or `/`. */
  readonly path: string;
  /** Inflated size in bytes (as declared by the ZIP central directory, or the file size on disk). */
  readonly size: number;
  /** Stored size in bytes; equal to `size` for folders. */
  readonly compressedSize: number;
}

/**
 * Where an export's files come from: a ZIP part (zip.js over a Blob, a File or a Node file handle) or an
 * extracted folder. Listing reads only the central directory or the directory tree; reading inflates one
 * entry, charging every inflated byte to the import's budget.
 */
export interface ArchiveSource {
  /** A display name (the file or folder name), never content. */
  readonly name: string;
  /** Total bytes of the part, used only to order parts deterministically. */
  readonly byteSize: number;
  list(): Promise<readonly SourceEntry[]>;
  /** The entry's bytes; throws EntryReadError when a guard refuses it or it fails to inflate. */
  read(entry: SourceEntry, budget: InflateBudget, signal?: AbortSignal): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** `\` → `/`, drops `./` and leading slashes, collapses repeated slashes. */
export function normaliseEntryPath(raw: string): string {
  return raw
    .replace(/\\/g, '/')
    .replace(/\/{2,}/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '');
}

/** Joins chunks of known total length into one array. */
export function concatChunks(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]!.length === total) return chunks[0]!;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
