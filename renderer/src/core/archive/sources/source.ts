import type { InflateBudget } from '../limits';

/** One file inside a ZIP part or an extracted folder. */
export interface SourceEntry {
  /** Normalised: `/` separators, no leading `./` or `/`. */
  readonly path: string;
  /** Inflated size in bytes (as declared by the ZIP central directory, or the file size on disk). */
  readonly size: number;
  /** Stored size in bytes; equal to `size` for folders. */
  readonly compressedSize: number;
  /**
   * Set when the entry must not be read: `encrypted` (password-protected), or `unsafe_name` (`..`, an absolute
   * path or control characters; `path` is then the raw name with its controls escaped, for display only).
   */
  readonly refused?: { readonly reason: EntryRefusal; readonly detail: string };
}

export type EntryRefusal = 'encrypted' | 'unsafe_name';

/**
 * Why a raw entry name is unsafe to use as a path, or null: a `..` component (`/` or `\` separated), an
 * absolute name (`/`, `\`, a drive letter) or a control character.
 */
export function unsafeEntryName(raw: string): string | null {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(raw)) return 'control characters';
  if (/^[\\/]|^[a-z]:/i.test(raw)) return 'an absolute path';
  if (raw.split(/[\\/]/).includes('..')) return 'a parent folder (..)';
  return null;
}

// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** A name safe to print in a warning: control, bidi and other invisible format characters as `\u{..}` escapes. */
export function displayEntryName(raw: string): string {
  return raw.replace(INVISIBLE, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
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
