import { BlobReader, ZipReader, type FileEntry, type Reader } from '@zip.js/zip.js';
import { EntryReadError, type InflateBudget } from '../limits';
import { inflateWithDecompressionStream, type RawInflater } from './inflate';
import {
  displayEntryName,
  normaliseEntryPath,
  unsafeEntryName,
  type ArchiveSource,
  type SourceEntry,
} from './source';

/** Where an entry's bytes are. Only this is kept per entry: zip.js's entry objects cost about 6 KB each. */
interface EntryLocation {
  readonly offset: number;
  readonly compressedSize: number;
  readonly compressionMethod: number;
  readonly encrypted: boolean;
}

interface ZipSourceEntry extends SourceEntry {
  readonly location: EntryLocation;
  /** Kept only for compression methods that zip.js must inflate itself (rare). */
  readonly zipEntry?: FileEntry;
}

const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/**
 * A ZIP part read through zip.js's central directory, so only the entries asked for are read. `data` is a
 * Blob/File (browsers, workers) or any zip.js Reader (in Node, the FileHandle reader: Node 20's
 * `fs.openAsBlob` is wrong above 4 GiB). Stored and deflated entries are read as one raw range and inflated
 * by `inflateRaw`, which is much faster than zip.js's per-entry stream pipeline; other methods go through zip.js.
 */
export function zipSource(
  data: Blob | Reader<unknown>,
  name: string,
  byteSize: number,
  options: { inflateRaw?: RawInflater } = {},
): ArchiveSource {
  const reader: Reader<unknown> = data instanceof Blob ? new BlobReader(data) : data;
  // Names are checked here instead (unsafeEntryName): zip.js's default refuses the whole archive for one bad name.
  const zip = new ZipReader(reader, { useWebWorkers: false, filenameValidation: 'tolerant' });
  const inflateRaw = options.inflateRaw ?? inflateWithDecompressionStream;
  return {
    name,
    byteSize,
    async list() {
      const entries: ZipSourceEntry[] = [];
      // The generator lets each zip.js entry object go once its location is copied: 100,000 entries then
      // list in tens of MB instead of several hundred.
      for await (const entry of zip.getEntriesGenerator()) {
        if (entry.directory) continue;
        const method = entry.compressionMethod;
        const unsafe = unsafeEntryName(entry.filename);
        entries.push({
          path: unsafe ? displayEntryName(entry.filename) : normaliseEntryPath(entry.filename),
          size: entry.uncompressedSize,
          compressedSize: entry.compressedSize,
          location: {
            offset: entry.offset,
            compressedSize: entry.compressedSize,
            compressionMethod: method,
            encrypted: entry.encrypted,
          },
          ...(method !== STORED && method !== DEFLATED ? { zipEntry: entry } : {}),
          ...(unsafe
            ? { refused: { reason: 'unsafe_name' as const, detail: `unsafe name: ${unsafe}; not read` } }
            : entry.encrypted
              ? { refused: { reason: 'encrypted' as const, detail: 'password-protected; not read' } }
              : {}),
        });
      }
      return entries;
    },
    async read(entry, budget, signal) {
      const { location, zipEntry } = entry as Partial<ZipSourceEntry>;
      if (!location) throw new EntryReadError('unreadable', 'entry does not belong to this part');
      if (location.encrypted) throw new EntryReadError('unreadable', 'the entry is encrypted');
      if (entry.refused) throw new EntryReadError('unreadable', entry.refused.detail);
      budget.precheck(entry.size, entry.compressedSize);
      if (signal?.aborted) throw new EntryReadError('aborted', 'import cancelled');
      const method = location.compressionMethod;
      if (method !== STORED && method !== DEFLATED) {
        if (!zipEntry) throw new EntryReadError('unreadable', 'entry does not belong to this part');
        return inflateThroughZipJs(zipEntry, entry, budget, signal);
      }
      const raw = await readRawData(reader, location);
      const cap = budget.capFor(entry.compressedSize);
      let bytes: Uint8Array;
      try {
        bytes = method === STORED ? raw : await inflateRaw(raw, cap.bytes);
      } catch (error) {
        if (error instanceof EntryReadError && error.reason === 'too_large') {
          throw new EntryReadError(cap.reason, error.message);
        }
        throw error;
      }
      budget.charge(bytes.length, bytes.length, entry.compressedSize);
      return bytes;
    },
    async close() {
      await zip.close();
    },
  };
}

/** The entry's compressed bytes: after its local header, whose name and extra lengths may differ from the central directory's. */
async function readRawData(reader: Reader<unknown>, entry: EntryLocation): Promise<Uint8Array> {
  const header = await reader.readUint8Array(entry.offset, 30);
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  if (header.length < 30 || view.getUint32(0, true) !== LOCAL_HEADER_SIGNATURE) {
    throw new EntryReadError('unreadable', 'local header not found');
  }
  const start = entry.offset + 30 + view.getUint16(26, true) + view.getUint16(28, true);
  const raw = await reader.readUint8Array(start, entry.compressedSize);
  if (raw.length < entry.compressedSize) throw new EntryReadError('unreadable', 'the archive is truncated');
  return raw;
}

async function inflateThroughZipJs(
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
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
