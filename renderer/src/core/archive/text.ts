const NEEDS_LOOK = /[\u0080-\u00ff]/;
const ABOVE_LATIN1 = /[\u0100-\uffff]/;

/**
 * Undoes Meta's JSON mojibake: each UTF-8 byte was written as its own `\u00XX` escape, so "é" arrives as
 * "Ã©". Guarded: text with a code point above U+00FF is already Unicode, and a string whose Latin-1 bytes
 * are not valid UTF-8 (e.g. a correct "café") stays as it was.
 */
export function repairMojibake(text: string): string {
  if (!NEEDS_LOOK.test(text) || ABOVE_LATIN1.test(text)) return text;
  return decodeBytesAsUtf8(text) ?? text;
}

/**
 * Strict UTF-8 decoding of a string whose characters are bytes (all ≤ U+00FF), or null when they are not
 * valid UTF-8: the same verdicts as `TextDecoder('utf-8', {fatal: true})` (overlong forms, surrogates and
 * code points past U+10FFFF refused), without allocating a byte array per string.
 */
export function decodeBytesAsUtf8(text: string): string | null {
  const units: number[] = [];
  let out = '';
  for (let i = 0; i < text.length;) {
    const lead = text.charCodeAt(i);
    if (lead < 0x80) {
      units.push(lead);
      i++;
    } else {
      let extra = 0;
      let point = 0;
      let least = 0;
      if (lead >= 0xc2 && lead <= 0xdf) [extra, point, least] = [1, lead & 0x1f, 0x80];
      else if (lead >= 0xe0 && lead <= 0xef) [extra, point, least] = [2, lead & 0x0f, 0x800];
      else if (lead >= 0xf0 && lead <= 0xf4) [extra, point, least] = [3, lead & 0x07, 0x10000];
      if (extra === 0 || i + extra >= text.length) return null;
      for (let k = 1; k <= extra; k++) {
        const next = text.charCodeAt(i + k);
        if ((next & 0xc0) !== 0x80) return null;
        point = (point << 6) | (next & 0x3f);
      }
      if (point < least || point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) return null;
      if (point >= 0x10000)
        units.push(0xd800 + ((point - 0x10000) >> 10), 0xdc00 + ((point - 0x10000) & 0x3ff));
      else units.push(point);
      i += extra + 1;
    }
    if (units.length >= 4096) out += String.fromCharCode(...units.splice(0));
  }
  return out + String.fromCharCode(...units);
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

const UNTIDY = /[\r\t\u00a0\u200b\u200c\u200e\u200f\ufeff]| {2}|\n | \n|\n\n\n|^\s|\s$/;
const NON_ASCII = /[^\x20-\x7e\n]/;

/** NFC, unified line breaks, no invisible padding, runs of spaces collapsed; the empty string when nothing is left. */
export function tidyText(text: string): string {
  // Most strings are already tidy: skip the replacements (and NFC for ASCII) on the hot path.
  if (!UNTIDY.test(text) && (!NON_ASCII.test(text) || text.normalize('NFC') === text)) return text;
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
