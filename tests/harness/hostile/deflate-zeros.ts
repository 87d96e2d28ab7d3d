import { constants, crc32, deflateRawSync } from 'node:zlib';
import { MiB } from './sizes';

/** Raw deflate of one MiB of zeros, ending on a full flush: byte-aligned, history reset, so copies concatenate. */
const ZERO_MIB_BLOCKS = new Uint8Array(
  deflateRawSync(Buffer.alloc(MiB), { level: 9, finishFlush: constants.Z_FULL_FLUSH }),
);
/** A final, empty block with fixed Huffman codes: ends the deflate stream. */
const FINAL_BLOCK = Uint8Array.from([0x03, 0x00]);

export interface PrecompressedEntry {
  /** Raw deflate data (ZIP compression method 8). */
  readonly compressed: Uint8Array;
  readonly uncompressedSize: number;
  readonly crc32: number;
}

/** A deflate stream that inflates to `mebibytes` MiB of zeros at about 1000:1, built without inflating anything. */
export function zeroDeflate(mebibytes: number): PrecompressedEntry {
  const compressed = new Uint8Array(ZERO_MIB_BLOCKS.length * mebibytes + FINAL_BLOCK.length);
  for (let i = 0; i < mebibytes; i++) compressed.set(ZERO_MIB_BLOCKS, i * ZERO_MIB_BLOCKS.length);
  compressed.set(FINAL_BLOCK, ZERO_MIB_BLOCKS.length * mebibytes);
  const zeros = Buffer.alloc(MiB);
  let checksum = 0;
  for (let i = 0; i < mebibytes; i++) checksum = crc32(zeros, checksum);
  return { compressed, uncompressedSize: mebibytes * MiB, crc32: checksum };
}
