import { asArchiveId, asExposureId, asItemId, type ArchiveId, type ExposureId, type ItemId } from '../model';

/** cyrb53: a fast, well-mixed 53-bit string hash (public-domain algorithm by bryc). */
function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A 106-bit hex digest of the given parts: stable across runs, machines and parts of an export. */
export function contentHash(parts: readonly (string | number | null)[]): string {
  const text = parts.map((part) => (part === null ? '\u0000' : String(part))).join('\u001f');
  return cyrb53(text, 1).toString(16).padStart(14, '0') + cyrb53(text, 2).toString(16).padStart(14, '0');
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
