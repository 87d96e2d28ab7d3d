const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const NEEDS_LOOK = /[\u0080-\u00ff]/;
const ABOVE_LATIN1 = /[\u0100-\uffff]/;

/**
 * Undoes Meta's JSON mojibake: each UTF-8 byte was written as its own `\u00XX` escape, so "é" arrives as
 * "Ã©". Guarded: text with a code point above U+00FF is already Unicode, and a string whose Latin-1 bytes
 * are not valid UTF-8 (e.g. a correct "café") stays as it was.
 */
export function repairMojibake(text: string): string {
  if (!NEEDS_LOOK.test(text) || ABOVE_LATIN1.test(text)) return text;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return text;
  }
}

/** Encodes text the way Meta's exporter does (for tests and the demo generator). */
export function encodeLikeMeta(text: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(text)) out += String.fromCharCode(byte);
  return out;
}

/** Repairs every string of a parsed JSON document, keys included, in place where possible. */
export function repairTree(value: unknown): unknown {
  if (typeof value === 'string') return repairMojibake(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = repairTree(value[i]);
    return value;
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    let keysNeedRepair = false;
    for (const key in record) {
      if (NEEDS_LOOK.test(key)) keysNeedRepair = true;
      record[key] = repairTree(record[key]);
    }
    if (!keysNeedRepair) return record;
    const rebuilt: Record<string, unknown> = {};
    for (const key in record) rebuilt[repairMojibake(key)] = record[key];
    return rebuilt;
  }
  return value;
}

/** NFC, unified line breaks, no invisible padding, runs of spaces collapsed; the empty string when nothing is left. */
export function tidyText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b\u200c\u200e\u200f\ufeff]/g, '')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A tidied string, or null when the value is not a non-blank string. */
export function textOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const tidy = tidyText(value);
  return tidy === '' ? null : tidy;
}

/** Compares names and labels loosely: case, accents' composition, apostrophes and spacing. */
export function foldKey(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[’`]/g, "'").replace(/\s+/g, ' ').trim();
}
