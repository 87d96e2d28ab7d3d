import { crc32 } from 'node:zlib';

/**
 * A minimal writer of stored (uncompressed) ZIP entries, with the Zip64 end records past 65,535 entries.
 * zip.js spends milliseconds per entry, which makes 100,000 entries take minutes; this takes a second.
 * Only for generating test input: no compression, no encryption, sizes below 4 GiB.
 */
export function writeStoredZip(
  entries: Iterable<{ readonly path: string; readonly content: Uint8Array }>,
): Uint8Array {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  let count = 0;
  const DOS_TIME = (9 << 11) | (30 << 5);
  const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 12;
  for (const entry of entries) {
    const name = encoder.encode(entry.path);
    const checksum = crc32(entry.content);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, 0x0800, true);
    local.setUint16(8, 0, true);
    local.setUint16(10, DOS_TIME, true);
    local.setUint16(12, DOS_DATE, true);
    local.setUint32(14, checksum, true);
    local.setUint32(18, entry.content.length, true);
    local.setUint32(22, entry.content.length, true);
    local.setUint16(26, name.length, true);
    local.setUint16(28, 0, true);
    chunks.push(new Uint8Array(local.buffer), name, entry.content);

    const header = new DataView(new ArrayBuffer(46));
    header.setUint32(0, 0x02014b50, true);
    header.setUint16(4, 20, true);
    header.setUint16(6, 20, true);
    header.setUint16(8, 0x0800, true);
    header.setUint16(10, 0, true);
    header.setUint16(12, DOS_TIME, true);
    header.setUint16(14, DOS_DATE, true);
    header.setUint32(16, checksum, true);
    header.setUint32(20, entry.content.length, true);
    header.setUint32(24, entry.content.length, true);
    header.setUint16(28, name.length, true);
    header.setUint32(42, offset, true);
    central.push(new Uint8Array(header.buffer), name);
    offset += 30 + name.length + entry.content.length;
    count++;
  }
  const directoryOffset = offset;
  const directorySize = central.reduce((total, chunk) => total + chunk.length, 0);
  for (const chunk of central) chunks.push(chunk);
  if (count > 0xffff) {
    const zip64End = new DataView(new ArrayBuffer(56 + 20));
    zip64End.setUint32(0, 0x06064b50, true);
    zip64End.setBigUint64(4, 44n, true);
    zip64End.setUint16(12, 45, true);
    zip64End.setUint16(14, 45, true);
    zip64End.setBigUint64(24, BigInt(count), true);
    zip64End.setBigUint64(32, BigInt(count), true);
    zip64End.setBigUint64(40, BigInt(directorySize), true);
    zip64End.setBigUint64(48, BigInt(directoryOffset), true);
    zip64End.setUint32(56, 0x07064b50, true);
    zip64End.setBigUint64(60, BigInt(directoryOffset + directorySize), true);
    zip64End.setUint32(68, 1, true);
    chunks.push(new Uint8Array(zip64End.buffer));
  }
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, Math.min(count, 0xffff), true);
  end.setUint16(10, Math.min(count, 0xffff), true);
  end.setUint32(12, directorySize, true);
  end.setUint32(16, directoryOffset, true);
  chunks.push(new Uint8Array(end.buffer));
  const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
