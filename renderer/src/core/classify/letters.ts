/*
 * The language rule's two counts in one pass without allocating: `text.match(/\p{L}/gu)` made one string
 * per letter, and the two counts took 5.7 µs of language detection's 11.8 per benchmark text; with this
 * pass detection takes 6.4 (2026-12-06, same run).
 */

const LETTER = 1;
const LATIN = 2;
const KNOWN = 4;
const LETTER_CHAR = /\p{L}/u;
const LATIN_CHAR = /\p{Script=Latin}/u;

function classify(cp: number): number {
  const char = String.fromCodePoint(cp);
  return (LETTER_CHAR.test(char) ? LETTER : 0) | (LATIN_CHAR.test(char) ? LATIN : 0);
}

/** Flags of every BMP code point, computed on first sight. */
const bmpFlags = new Uint8Array(0x10000);

/** Code points that are letters (`\p{L}`) and code points of the Latin script (`\p{Script=Latin}`). */
export function countLetters(text: string): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    let flags: number;
    if (cp > 0xffff) {
      flags = classify(cp);
      i++;
    } else {
      flags = bmpFlags[cp]!;
      if (flags === 0) bmpFlags[cp] = flags = classify(cp) | KNOWN;
    }
    if (flags & LETTER) letters++;
    if (flags & LATIN) latin++;
  }
  return { letters, latin };
}
