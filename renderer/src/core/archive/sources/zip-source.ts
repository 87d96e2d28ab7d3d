import { BlobReader, ZipReader, type FileEntry, type Reader } from '@zip.js/zip.js';
import { EntryReadError, type InflateBudget } from '../limits';
import { concatChunks, normaliseEntryPath, type ArchiveSource, type SourceEntry } from './source';

interface ZipSourceEntry extends SourceEntry {
  readonly zipEntry: FileEntry;
}

/**
 * A ZIP part read through zip.js from its central directory, so only the entries asked for are inflated.
 * `data` is a Blob/File (browsers, workers) or any zip.js Reader (in Node, the FileHandle reader: Node 20's
 * `fs.openAsBlob` reports wrong sizes above 4 GiB).
 */
export function zipSource(data: Blob | Reader<unknown>, name: string, byteSize: number): ArchiveSource {
  const reader = new ZipReader(data instanceof Blob ? new BlobReader(data) : data, {
    useWebWorkers: false,
  });
  return {
    name,
    byteSize,
    async list() {
      const entries: ZipSourceEntry[] = [];
      for (const entry of await reader.getEntries()) {
        if (entry.directory) continue;
        entries.push({
          path: normaliseEntryPath(entry.filename),
          size: entry.uncompressedSize,
          compressedSize: entry.compressedSize,
          zipEntry: entry,
        });
      }
      return entries;
    },
    async read(entry, budget, signal) {
      const zipEntry = (entry as Partial<ZipSourceEntry>).zipEntry;
      if (!zipEntry) throw new EntryReadError('unreadable', 'entry does not belong to this part');
      budget.precheck(entry.size, entry.compressedSize);
      return inflateCounted(zipEntry, entry, budget, signal);
    },
    async close() {
      await reader.close();
    },
  };
}

async function inflateCounted(
  zipEntry: FileEntry,
  entry: SourceEntry,
  budget: InflateBudget,
  signal: AbortSignal | undefined,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let refusal: EntryReadError | undefined;
  const sink = new WritableStream<Uint8Array>({
    write(chunk) {
      total += chunk.length;
      try {
        budget.charge(chunk.length, total, entry.compressedSize);
      } catch (error) {
        refusal = error as EntryReadError;
        throw error;
      }
      chunks.push(chunk);
    },
  });
  try {
    await zipEntry.getData(sink, { signal, checkSignature: true });
  } catch (error) {
    if (refusal) throw refusal;
    if (signal?.aborted) throw new EntryReadError('aborted', 'import cancelled');
    const message = error instanceof Error ? error.message : String(error);
    throw new EntryReadError('unreadable', `failed to inflate (${message})`);
  }
  return concatChunks(chunks, total);
}
