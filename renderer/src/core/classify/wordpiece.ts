import { readWordPieceConfig, type WordPieceConfig } from './wordpiece-config';

/*
 * A BERT WordPiece encoder giving exactly the ids of transformers.js' `tokenizer.encode(text,
 * { add_special_tokens: false })` (4.x), quirks included: its control test matches Cc, Cf, Co and Cs,
 * Chinese characters outside the Basic Multilingual Plane are not padded, the length limit counts code
 * points. Hand-written because tokenisation was the largest cost before the model: on the benchmark texts
 * transformers.js took 0.028 ms per text, this 0.004 (measured 2026-12-06, see the classify README).
 */

const DROP = 1; // removed by clean_text: NUL, U+FFFD, and Cc/Cf/Co/Cs other than tab, LF, CR
const SPACE = 2; // `\s`: a space after clean_text, a word boundary in the pre-tokenizer
const CHINESE = 4; // padded with spaces (the BMP ranges of transformers.js' is_chinese_char)
const PUNCTUATION = 8; // a word of its own in the pre-tokenizer
const KNOWN = 128;

const CONTROL = /\p{Cc}|\p{Cf}|\p{Co}|\p{Cs}/u;
const WHITESPACE = /\s/u;
/** BertPreTokenizer's punctuation: Unicode P plus every ASCII symbol. */
const PUNCTUATION_CHAR = /[\p{P}\u0021-\u002F\u003A-\u0040\u005B-\u0060\u007B-\u007E]/u;
const MARK = /\p{Mn}/gu;

const isChinese = (cp: number): boolean =>
  (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0xf900 && cp <= 0xfaff);

function classify(cp: number): number {
  const char = String.fromCodePoint(cp);
  let flags = 0;
  const keptControl = cp === 0x09 || cp === 0x0a || cp === 0x0d;
  if (cp === 0 || cp === 0xfffd || (!keptControl && CONTROL.test(char))) flags |= DROP;
  if (WHITESPACE.test(char)) flags |= SPACE;
  if (isChinese(cp)) flags |= CHINESE;
  if (PUNCTUATION_CHAR.test(char)) flags |= PUNCTUATION;
  return flags;
}

/** Flags of every BMP code point, computed on first sight. */
const bmpFlags = new Uint8Array(0x10000);

function flagsOf(cp: number): number {
  if (cp > 0xffff) return classify(cp);
  let flags = bmpFlags[cp]!;
  if (flags === 0) bmpFlags[cp] = flags = classify(cp) | KNOWN;
  return flags;
}

const codePointLength = (cp: number): number => (cp > 0xffff ? 2 : 1);

/** BertNormalizer's clean_text and Chinese-character padding in one pass; the text itself when unchanged. */
function cleanAndPad(text: string, clean: boolean, pad: boolean): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const size = codePointLength(cp);
    if (cp >= 0x80 || cp < 0x20 || cp === 0x7f) {
      const flags = flagsOf(cp);
      let replacement: string | undefined;
      if (clean && flags & DROP) replacement = '';
      else if (clean && flags & SPACE) replacement = ' ';
      else if (pad && flags & CHINESE) replacement = ` ${text[i]} `;
      if (replacement !== undefined) {
        out += text.slice(copied, i) + replacement;
        copied = i + size;
      }
    }
    i += size;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

function countCodePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += codePointLength(text.codePointAt(i)!)) count++;
  return count;
}

export type Encoder = (text: string) => number[];

/** ASCII letters and digits: neither space nor punctuation, the common case decided without a lookup. */
const isAsciiWordChar = (cp: number): boolean =>
  (cp >= 0x30 && cp <= 0x39) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a);

/** An encoder for this configuration (see `readWordPieceConfig` for what is supported). */
function wordPieceEncoderFor(config: WordPieceConfig): Encoder {
  const { vocab, unkId, continuingPrefix, maxCharsPerWord, longestEntry, addedTokens } = config;
  const { cleanText, padChineseChars, lowercase, stripAccents } = config.normalizer;
  // Leftmost match, the longest one at that position: transformers.js' added-token splitter.
  const addedPattern =
    addedTokens.size === 0
      ? null
      : new RegExp(
          [...addedTokens.keys()]
            .sort((a, b) => b.length - a.length)
            .map((content) => content.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('|'),
          'g',
        );

  function normalize(text: string): string {
    let normalized = cleanText || padChineseChars ? cleanAndPad(text, cleanText, padChineseChars) : text;
    if (lowercase) normalized = normalized.toLowerCase();
    if (stripAccents) normalized = normalized.normalize('NFD').replace(MARK, '');
    return normalized;
  }

  /** Greedy longest-match-first over code points; a word with an unmatchable part is one unknown token. */
  function encodeWord(word: string, out: number[]): void {
    if (word.length > maxCharsPerWord && countCodePoints(word) > maxCharsPerWord) {
      out.push(unkId);
      return;
    }
    const whole = vocab.get(word);
    if (whole !== undefined) {
      out.push(whole);
      return;
    }
    // Stepping by UTF-16 unit rather than code point finds the same pieces: one cut inside a surrogate
    // pair holds a lone surrogate, and no vocabulary entry does (readWordPieceConfig checks).
    const pieces: number[] = [];
    for (let start = 0; start < word.length;) {
      let id: number | undefined;
      let end = Math.min(word.length, start + longestEntry);
      for (; end > start; end--) {
        const piece = word.slice(start, end);
        id = vocab.get(start > 0 ? continuingPrefix + piece : piece);
        if (id !== undefined) break;
      }
      if (id === undefined) {
        out.push(unkId);
        return;
      }
      pieces.push(id);
      start = end;
    }
    for (const id of pieces) out.push(id);
  }

  /** BertPreTokenizer (runs of non-space, non-punctuation; each punctuation alone), then WordPiece. */
  function encodeNormalized(text: string, out: number[]): void {
    let wordStart = -1;
    for (let i = 0; i < text.length;) {
      const cp = text.codePointAt(i)!;
      const size = codePointLength(cp);
      const flags = cp < 0x80 && isAsciiWordChar(cp) ? 0 : flagsOf(cp);
      if (flags & (SPACE | PUNCTUATION)) {
        if (wordStart >= 0) encodeWord(text.slice(wordStart, i), out);
        wordStart = -1;
        if (flags & PUNCTUATION) encodeWord(text.slice(i, i + size), out);
      } else if (wordStart < 0) {
        wordStart = i;
      }
      i += size;
    }
    if (wordStart >= 0) encodeWord(text.slice(wordStart), out);
  }

  function encodeSection(section: string, out: number[]): void {
    if (section === '') return;
    const normalized = normalize(section);
    // transformers.js looks the normalised section up among the added tokens too ("[C\u200bLS]" cased).
    const added = addedTokens.get(normalized);
    if (added !== undefined) out.push(added);
    else encodeNormalized(normalized, out);
  }

  return (text) => {
    const out: number[] = [];
    let sectionStart = 0;
    if (addedPattern) {
      for (const match of text.matchAll(addedPattern)) {
        encodeSection(text.slice(sectionStart, match.index), out);
        out.push(addedTokens.get(match[0])!);
        sectionStart = match.index + match[0].length;
      }
    }
    encodeSection(sectionStart === 0 ? text : text.slice(sectionStart), out);
    return out;
  };
}

/** The fast encoder when tokenizer.json is a configuration it reproduces exactly; otherwise null. */
export function wordPieceEncoder(tokenizerJson: unknown, tokenizerConfig: unknown): Encoder | null {
  const config = readWordPieceConfig(tokenizerJson, tokenizerConfig);
  return config ? wordPieceEncoderFor(config) : null;
}
