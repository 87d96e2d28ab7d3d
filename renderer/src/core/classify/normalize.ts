/**
 * loupe-norm-v1: the text normalisation the bundled model was trained with (models/train/NORMALIZATION.md,
 * reference implementation models/train/loupe_norm.py). Every step mirrors Python's `re` semantics, which
 * differ from JavaScript's in what counts as whitespace and as a word character.
 */
export const NORMALIZATION_VERSION = 'loupe-norm-v1';

/** Python's `\s` for str patterns (str.isspace); JavaScript's `\s` lacks \x1c-\x1f and \x85 and adds \ufeff. */
const PY_SPACE =
  '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&apos;': "'",
};
const ENTITY = /&(?:amp|lt|gt|quot|#39|apos);/g;
/** Controls, zero-width characters, the joiner, variation selectors and skin-tone modifiers. */
/* eslint-disable no-control-regex, no-misleading-character-class -- these characters are the point */
const DROPPED =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\u200d\u2060\ufe0e\ufe0f\ufeff\ufffd\u{1F3FB}-\u{1F3FF}]/gu;
/* eslint-enable no-control-regex, no-misleading-character-class */
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u00ab\u00bb]/g;
const URL = new RegExp(`(?:https?://|www\\.)[^${PY_SPACE}]+`, 'gi');
const URL_PLACEHOLDER = /(?<![A-Za-z0-9_])URL(?![A-Za-z0-9_])/g;
const MENTION = /(?<![A-Za-z0-9_])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?/g;
/** Python's `\w` is letters, numbers and underscore (no combining marks). */
const HASHTAG_MARK = /#(?=[\p{L}\p{N}_])/gu;
const REPEATED = /(.)\1{3,}/gsu;
const OTHER_SYMBOL = /\p{So}/gu;
const SPACES = new RegExp(`[${PY_SPACE}]+`, 'g');
const RETWEET = /(^| )rt (?=@user)/g;
const MENTION_RUN = /@user(?: @user)+/g;
const URL_RUN = /httpurl(?: httpurl)+/g;

export function normalizeText(text: string | null | undefined): string {
  if (text == null) return '';
  let t = text.normalize('NFC');
  t = t.replace(ENTITY, (entity) => ENTITIES[entity] ?? entity);
  t = t.replace(DROPPED, '');
  t = t.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"');
  t = t.replace(URL, ' httpurl ');
  t = t.replace(URL_PLACEHOLDER, ' httpurl ');
  t = t.replace(MENTION, ' @user ');
  t = t.replace(HASHTAG_MARK, '');
  t = t.toLowerCase();
  t = t.replace(REPEATED, (_run, char: string) => char.repeat(3));
  t = t.replace(OTHER_SYMBOL, (symbol) => ` ${symbol} `);
  t = t.replace(SPACES, ' ').trim();
  t = t.replace(RETWEET, '$1');
  t = t.replace(MENTION_RUN, '@user');
  t = t.replace(URL_RUN, 'httpurl');
  return t.trim();
}

/** Placeholders the normaliser inserts; they carry no language. */
export const PLACEHOLDER_TOKENS = ['httpurl', '@user'] as const;
