const NEEDS_LOOK = /[\u0080-\u00ff]/;

/**
 * Undoes Meta's JSON mojibake: each UTF-8 byte was written as its own `\u00XX` escape, so "é" arrives as
 * "Ã©". Guarded: text with a code point above U+00FF is already Unicode, and a string whose Latin-1 bytes
 * are not valid UTF-8 (e.g. a correct "café") stays as it was.
 */
export function repairMojibake(text: string): string {
  if (!NEEDS_LOOK.test(text)) return text;
  return decodeBytesAsUtf8(text) ?? text;
}

/**
 * Strict UTF-8 decoding of a string whose characters are bytes (all ≤ U+00FF), or null when they are not
 * valid UTF-8: the same verdicts as `TextDecoder('utf-8', {fatal: true})` (overlong forms, surrogates and
 * code points past U+10FFFF refused), without allocating a byte array per string.
 */
export function decodeBytesAsUtf8(text: string): string | null {
  let out = '';
  let plainFrom = 0;
  for (let i = 0; i < text.length;) {
    const lead = text.charCodeAt(i);
    if (lead < 0x80) {
      i++;
      continue;
    }
    let extra = 0;
    let point = 0;
    let least = 0;
    if (lead >= 0xc2 && lead <= 0xdf) {
      extra = 1;
      point = lead & 0x1f;
      least = 0x80;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      extra = 2;
      point = lead & 0x0f;
      least = 0x800;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      extra = 3;
      point = lead & 0x07;
      least = 0x10000;
    } else return null;
    if (i + extra >= text.length) return null;
    for (let k = 1; k <= extra; k++) {
      const next = text.charCodeAt(i + k);
      if ((next & 0xc0) !== 0x80 || next > 0xff) return null;
      point = (point << 6) | (next & 0x3f);
    }
    if (point < least || point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) return null;
    // ASCII runs are copied as slices; only the decoded characters are built one by one.
    out += text.slice(plainFrom, i) + String.fromCodePoint(point);
    i += extra + 1;
    plainFrom = i;
  }
  return out + text.slice(plainFrom);
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

const UNTIDY = /[\r\t\u00a0\u200b\u200c\u200e\u200f\ufeff]| [ \n]|\n[ \n]\n?/;
const SPACE = /\s/;
const NON_ASCII = /[^\x20-\x7e\n]/;

/** NFC, unified line breaks, no invisible padding, runs of spaces collapsed; the empty string when nothing is left. */
export function tidyText(text: string): string {
  // Most strings are already tidy: skip the replacements (and NFC for ASCII) on the hot path.
  const edges = SPACE.test(text.charAt(0)) || SPACE.test(text.charAt(text.length - 1));
  if (!edges && !UNTIDY.test(text) && (!NON_ASCII.test(text) || text.normalize('NFC') === text)) return text;
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
  // Names, titles and short labels repeat thousands of times: remember their tidy form.
  if (value.length <= 48) {
    let tidy = shortTidy.get(value);
    if (tidy === undefined) {
      if (shortTidy.size >= 20_000) shortTidy.clear();
      shortTidy.set(value, (tidy = tidyText(value)));
    }
    return tidy === '' ? null : tidy;
  }
  const tidy = tidyText(value);
  return tidy === '' ? null : tidy;
}

const shortTidy = new Map<string, string>();

/** Compares names and labels loosely: case, accents' composition, apostrophes and spacing. */
export function foldKey(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[’`]/g, "'").replace(/\s+/g, ' ').trim();
}
