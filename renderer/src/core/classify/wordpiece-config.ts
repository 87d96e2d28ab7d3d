/**
 * Which tokenizer.json configurations the fast WordPiece encoder (wordpiece.ts) reproduces exactly, read
 * as transformers.js 4.x reads them. Anything else returns null and the host keeps transformers.js' tokenizer.
 */
export interface WordPieceConfig {
  /** Vocabulary with the added tokens' ids written over it, as transformers.js does. */
  readonly vocab: ReadonlyMap<string, number>;
  readonly unkId: number;
  /** Prefix of a word's non-initial pieces, `##` for BERT. */
  readonly continuingPrefix: string;
  /** Longer words (in code points) become one unknown token. */
  readonly maxCharsPerWord: number;
  /** Longest vocabulary entry, in UTF-16 code units: no piece can be longer. */
  readonly longestEntry: number;
  /** Tokens matched verbatim in the raw text before normalisation ([CLS], [MASK]...), with their ids. */
  readonly addedTokens: ReadonlyMap<string, number>;
  readonly normalizer: {
    readonly cleanText: boolean;
    readonly padChineseChars: boolean;
    readonly lowercase: boolean;
    readonly stripAccents: boolean;
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isFlag = (value: unknown): value is boolean | null | undefined =>
  value === undefined || value === null || typeof value === 'boolean';

const LONE_SURROGATE = /\p{Cs}/u;

const isId = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** BertProcessing, or a template with one `A` sequence: without special tokens the ids come out unchanged. */
function passesSequenceThrough(postProcessor: unknown): boolean {
  if (postProcessor === null) return true;
  if (!isRecord(postProcessor)) return false;
  if (postProcessor.type === 'BertProcessing') return true;
  if (postProcessor.type !== 'TemplateProcessing' || !Array.isArray(postProcessor.single)) return false;
  const sequences = postProcessor.single.filter((item) => isRecord(item) && 'Sequence' in item);
  const onlyA = sequences.length === 1 && isRecord(sequences[0]) && isRecord(sequences[0].Sequence);
  return onlyA && (sequences[0] as { Sequence: { id?: unknown } }).Sequence.id === 'A';
}

/** Added tokens the encoder handles: matched in the raw text (not normalised), no stripping around them. */
function readAddedTokens(value: unknown): Map<string, number> | null {
  if (!Array.isArray(value)) return null;
  const tokens = new Map<string, number>();
  for (const token of value) {
    if (!isRecord(token) || typeof token.content !== 'string' || token.content === '') return null;
    if (LONE_SURROGATE.test(token.content)) return null;
    if (!isId(token.id) || token.lstrip === true || token.rstrip === true) return null;
    // transformers.js: `normalized` defaults to "not special"; normalised added tokens are not supported.
    if ((token.normalized ?? token.special !== true) !== false) return null;
    tokens.set(token.content, token.id);
  }
  return tokens;
}

/**
 * The configuration when `tokenizer.json` is a BertNormalizer + BertPreTokenizer + WordPiece tokenizer
 * and `tokenizer_config.json` asks for no extra preprocessing; null for anything else.
 */
export function readWordPieceConfig(
  tokenizerJson: unknown,
  tokenizerConfig: unknown,
): WordPieceConfig | null {
  if (!isRecord(tokenizerJson)) return null;
  const { normalizer, pre_tokenizer: preTokenizer, model } = tokenizerJson;
  const config = isRecord(tokenizerConfig) ? tokenizerConfig : {};
  if (config.remove_space === true || config.do_lowercase_and_remove_accent) return null;
  if (!isRecord(preTokenizer) || preTokenizer.type !== 'BertPreTokenizer') return null;
  if (!passesSequenceThrough(tokenizerJson.post_processor)) return null;
  if (!isRecord(normalizer) || normalizer.type !== 'BertNormalizer') return null;
  const { clean_text, handle_chinese_chars, lowercase, strip_accents } = normalizer;
  if (![clean_text, handle_chinese_chars, lowercase, strip_accents].every(isFlag)) return null;
  if (!isRecord(model) || model.type !== 'WordPiece' || model.fuse_unk) return null;
  const { vocab: entries, unk_token: unkToken, continuing_subword_prefix: prefix } = model;
  const maxChars = model.max_input_chars_per_word ?? 100;
  if (!isRecord(entries) || typeof unkToken !== 'string' || typeof prefix !== 'string') return null;
  if (typeof maxChars !== 'number') return null;
  const addedTokens = readAddedTokens(tokenizerJson.added_tokens);
  if (!addedTokens) return null;
  const vocab = new Map<string, number>();
  let longestEntry = 0;
  for (const [piece, id] of Object.entries(entries)) {
    if (!isId(id) || LONE_SURROGATE.test(piece)) return null;
    vocab.set(piece, id);
    longestEntry = Math.max(longestEntry, piece.length);
  }
  for (const [content, id] of addedTokens) {
    vocab.set(content, id);
    longestEntry = Math.max(longestEntry, content.length);
  }
  const unkId = vocab.get(unkToken);
  if (unkId === undefined) return null;
  return {
    vocab,
    unkId,
    continuingPrefix: prefix,
    maxCharsPerWord: maxChars,
    longestEntry,
    addedTokens,
    normalizer: {
      cleanText: Boolean(clean_text),
      padChineseChars: Boolean(handle_chinese_chars),
      lowercase: Boolean(lowercase),
      // As transformers.js: lowercasing strips accents unless strip_accents is exactly false.
      stripAccents: lowercase ? strip_accents !== false : Boolean(strip_accents),
    },
  };
}
