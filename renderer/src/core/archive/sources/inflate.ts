import { EntryReadError } from '../limits';
import { concatChunks } from './source';

/**
 * Inflates one entry's raw deflate data, stopping with EntryReadError once the output passes `maxBytes`.
 * The default uses the platform's DecompressionStream (native in browsers and workers); Node passes a zlib
 * one, several times faster there (engineering-notes.md §C: Node's web-stream inflate is slow).
 */
export type RawInflater = (raw: Uint8Array, maxBytes: number) => Promise<Uint8Array>;

export const inflateWithDecompressionStream: RawInflater = async (raw, maxBytes) => {
  const reader = new Blob([raw as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'))
    .getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes) {
        await reader.cancel();
        throw new EntryReadError('too_large', `inflates past ${maxBytes} bytes`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof EntryReadError) throw error;
    throw new EntryReadError('unreadable', 'damaged compressed data');
  }
  return concatChunks(chunks, total);
};
