import { asArchiveId, asExposureId, asItemId, type ArchiveId, type ExposureId, type ItemId } from '../model';

const encoder = new TextEncoder();
let bytes = new Uint8Array(4096);
let words = new Int32Array(bytes.buffer);

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
const hex32 = (value: number): string =>
  HEX[(value >>> 24) & 255]! + HEX[(value >>> 16) & 255]! + HEX[(value >>> 8) & 255]! + HEX[value & 255]!;

/** cyrb53's final avalanche of a lane pair; `Number#toString(16)` is avoided: it costs more than the hashing. */
function finish(h1: number, h2: number): string {
  const x = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  const y = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(x ^ (x >>> 13), 3266489909);
  return hex32(x) + hex32(y);
}

/**
 * A 128-bit hex digest of the given parts, stable across runs and machines: two cyrb53-style lane pairs
 * (bryc's public-domain mixing) over the UTF-8 bytes taken four at a time, which is several times faster than
 * hashing character by character. Words are read little-endian, as on every platform Loupe runs on.
 */
export function contentHash(parts: readonly (string | number | null)[]): string {
  let text = '';
  let numbers = 0;
  for (const part of parts) {
    // Numbers are mixed in as values below (formatting them as text would cost more than hashing).
    if (typeof part === 'number') numbers++;
    text += (part === null ? '\u0000' : typeof part === 'number' ? '\u0001' : part) + '\u001f';
  }
  if (bytes.length < text.length * 3 + 4) {
    bytes = new Uint8Array((text.length * 3 + 4096) & ~3);
    words = new Int32Array(bytes.buffer);
  }
  const length = encoder.encodeInto(text, bytes).written;
  bytes[length] = bytes[length + 1] = bytes[length + 2] = 0;
  let a1 = 0xdeadbeef ^ length;
  let a2 = 0x41c6ce57 ^ length;
  let b1 = 0x9e3779b9 ^ length;
  let b2 = 0x85ebca6b ^ length;
  const count = (length + 3) >>> 2;
  for (let i = 0; i < count + numbers * 2; i++) {
    const word = i < count ? words[i]! : numberWord(parts, i - count);
    a1 = Math.imul(a1 ^ word, 2654435761);
    a2 = Math.imul(a2 ^ word, 1597334677);
    b1 = Math.imul(b1 ^ word, 2246822519);
    b2 = Math.imul(b2 ^ word, 3266489917);
  }
  return finish(a1, a2) + finish(b1, b2);
}

/** The low (even `index`) or high (odd) 32 bits of the (index/2)-th number among the parts. */
function numberWord(parts: readonly (string | number | null)[], index: number): number {
  let seen = 0;
  for (const part of parts) {
    if (typeof part !== 'number') continue;
    if (seen++ === index >>> 1) return index & 1 ? Math.floor(part / 4294967296) | 0 : part | 0;
  }
  return 0;
}

/**
 * Ids come from the content, never from where it was found: the same message read from two parts, or the
 * same archive imported twice, gets the same id.
 */
export function itemIdFor(key: {
  platform: string;
  kind: string;
  conversation: string | null;
  author: string | null;
  timestamp: number | null;
  text: string;
}): ItemId {
  return asItemId(
    'it_' + contentHash([key.platform, key.kind, key.conversation, key.author, key.timestamp, key.text]),
  );
}

export function exposureIdFor(key: {
  platform: string;
  kind: string;
  label: string | null;
  account: string | null;
  url: string | null;
  timestamp: number | null;
}): ExposureId {
  return asExposureId(
    'ex_' + contentHash([key.platform, key.kind, key.label, key.account, key.url, key.timestamp]),
  );
}

/**
 * The archive id is a digest of the merged entry list (paths relative to each profile's root, and sizes),
 * sorted: the same export gives the same id whether it arrives as one ZIP, as parts, or as its folder.
 */
export function archiveIdFor(
  entries: readonly { readonly relPath: string; readonly size: number }[],
): ArchiveId {
  const lines = entries.map((entry) => `${entry.relPath}\u001f${entry.size}`).sort();
  return asArchiveId('ar_' + contentHash(lines));
}
