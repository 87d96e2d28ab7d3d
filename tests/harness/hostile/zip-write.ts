import {
  TextReader,
  Uint8ArrayReader,
  Uint8ArrayWriter,
  ZipWriter,
  type ZipWriterAddDataOptions,
  type ZipWriterConstructorOptions,
} from '@zip.js/zip.js';
import type { PrecompressedEntry } from './deflate-zeros';

/** A ZIP file in memory, named as the user would pick it. */
export interface NamedZip {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface ZipInput {
  readonly path: string;
  readonly content: string | Uint8Array | PrecompressedEntry;
  /** Per-entry writer options (a password for this entry alone...). */
  readonly options?: ZipWriterAddDataOptions;
}

const isPrecompressed = (content: ZipInput['content']): content is PrecompressedEntry =>
  typeof content === 'object' && 'compressed' in content;

/** Writes entries with zip.js, in order. Precompressed entries are passed through with their declared sizes. */
export async function writeZip(
  entries: Iterable<ZipInput>,
  options: ZipWriterConstructorOptions = {},
): Promise<Uint8Array> {
  const writer = new ZipWriter(new Uint8ArrayWriter(), { useWebWorkers: false, ...options });
  for (const entry of entries) {
    const { content } = entry;
    if (isPrecompressed(content)) {
      await writer.add(entry.path, new Uint8ArrayReader(content.compressed), {
        passThrough: true,
        compressionMethod: 8,
        uncompressedSize: content.uncompressedSize,
        crc32: content.crc32,
      });
    } else if (typeof content === 'string') {
      await writer.add(entry.path, new TextReader(content), entry.options);
    } else {
      await writer.add(entry.path, new Uint8ArrayReader(content), { level: 0, ...entry.options });
    }
  }
  return writer.close();
}
