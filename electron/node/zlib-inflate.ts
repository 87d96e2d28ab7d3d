import { inflateRawSync } from 'node:zlib';
import { EntryReadError, type RawInflater } from '@core/archive';

/** Node's native inflate, stopped by zlib itself at `maxBytes + 1` so a bomb is never inflated to the end. */
export const inflateWithZlib: RawInflater = async (raw, maxBytes) => {
  try {
    const out = inflateRawSync(raw, { maxOutputLength: Math.max(1, maxBytes + 1) });
    if (out.length > maxBytes) throw new EntryReadError('too_large', `inflates past ${maxBytes} bytes`);
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  } catch (error) {
    if (error instanceof EntryReadError) throw error;
    if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new EntryReadError('too_large', `inflates past ${maxBytes} bytes`);
    }
    throw new EntryReadError('unreadable', 'damaged compressed data');
  }
};
