import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AutoTokenizer, PreTrainedTokenizer } from '@huggingface/transformers';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDemoExportFiles } from '@core/demo';
import { configureOfflineEnvironment } from '@core/classify/host';
import { normalizeText } from '@core/classify/normalize';
import { wordPieceEncoder, type Encoder } from '@core/classify/wordpiece';
import { nodeClassifierHost } from '../../../electron/cli/commands/classify';
import { socialMediaTexts } from '../../bench/classify-texts';
import { MODEL_DIR, readFixtureLines } from './bundled-model';

type Json = Record<string, unknown>;
const readModelJson = (name: string): Json =>
  JSON.parse(readFileSync(resolve(MODEL_DIR, name), 'utf8')) as Json;
const tokenizerJson = readModelJson('tokenizer.json');
const tokenizerConfig = readModelJson('tokenizer_config.json');

const reference =
  (tokenizer: PreTrainedTokenizer): Encoder =>
  (text) =>
    tokenizer.encode(text, { add_special_tokens: false });

/** The first texts (at most 5) on which the two encoders disagree, with both results. */
function disagreements(texts: Iterable<string>, fast: Encoder, slow: Encoder) {
  const found: { text: string; fast: number[]; transformers: number[] }[] = [];
  for (const text of texts) {
    const [mine, theirs] = [fast(text), slow(text)];
    if (mine.length !== theirs.length || mine.some((id, i) => id !== theirs[i])) {
      found.push({ text, fast: mine, transformers: theirs });
      if (found.length === 5) break;
    }
  }
  return found;
}

const vocabWords = Object.keys((tokenizerJson.model as { vocab: Json }).vocab).filter(
  (_, index) => index % 97 === 0,
);
/** Characters and fragments where BERT tokenisation has edge cases. */
const TRICKY = [
  ...'éèêëàâçîïôûùœæÉÈÀÇŒ’«»…—–‘“”¿¡·',
  'e\u0301', // e + combining acute
  '\u0301\u0308\u0327', // combining marks alone
  ...'你好中文字漢字ひらがなカタカナ한국어',
  '\u{20000}\u{2A6D6}', // CJK extension B (outside the BMP)
  ...['😀', '👍🏽', '👨‍👩‍👧', '🇫🇷', '❤️', '🤔'],
  ...'\u0000\u0001\u0008\u0009\u000a\u000b\u000c\u000d\u001f\u007f\u0085\u00a0\u00ad',
  ...'\u200b\u200c\u200d\u200e\u2028\u2029\u202f\u2060\u3000\ufeff\ufe0f\ufffd\ue000',
  '\u{E0001}\u{F0000}\u{10100}\u{1D173}', // astral Cf, private use, punctuation
  '\ud800',
  '\udc00',
  '\udbff\udfff', // lone surrogates and the last code point
  ...'İıßẞﬁΣσςΟΔΟΣǅ',
  '[CLS]',
  '[SEP]',
  '[MASK]',
  '[PAD]',
  '[UNK]',
  '[cls]',
  '[CLS',
  '##',
  '##ing',
  ...'.,;:!?\'"()[]{}<>@#$%^&*-_=+/\\|~`',
  ' ',
  '  ',
  '\t\n',
];
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...vocabWords) },
  { weight: 4, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)) },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.constantFrom('a', 'é', 'z', '😀', 'e\u0301'),
      minLength: 95,
      maxLength: 130,
    }),
  },
);
const text = fc
  .array(fc.tuple(piece, fc.constantFrom('', '', ' ', '  ', '\n')), { maxLength: 24 })
  .map((parts) => parts.map(([part, separator]) => part + separator).join(''));

describe('the fast WordPiece encoder', () => {
  let fast: Encoder;
  let slow: Encoder;

  beforeAll(async () => {
    const host = nodeClassifierHost(MODEL_DIR);
    configureOfflineEnvironment(host);
    slow = reference(await AutoTokenizer.from_pretrained(host.modelFolder, { local_files_only: true }));
    fast = wordPieceEncoder(tokenizerJson, tokenizerConfig)!;
  });

  it('supports the bundled model’s tokenizer', () => {
    expect(fast).toBeTypeOf('function');
    expect(fast('Hello, world')).toEqual(slow('Hello, world'));
  });

  it('gives transformers.js’ ids on arbitrary Unicode text', () => {
    fc.assert(
      fc.property(text, (sample) => {
        expect(fast(sample)).toEqual(slow(sample));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives transformers.js’ ids on words beyond max_input_chars_per_word and on special tokens', () => {
    const samples = [
      'a'.repeat(100),
      'a'.repeat(101),
      '😀'.repeat(100),
      '😀'.repeat(101),
      'é'.repeat(60) + 'e\u0301'.repeat(30),
      'x [CLS] y [MASK][SEP] [cls] [UNK]',
      '[CLS]',
      '',
      '   ',
      '\u200b',
    ];
    expect(disagreements(samples, fast, slow)).toEqual([]);
    expect(fast('a'.repeat(101))).toHaveLength(1);
  });

  it('gives transformers.js’ ids on every text of the demo exports, raw and normalised', () => {
    const texts = buildDemoExportFiles()
      .flatMap((demo) => [
        ...demo.manifest.items.map((item) => item.text),
        ...demo.manifest.exposures.map((exposure) => exposure.label),
      ])
      .filter((value): value is string => typeof value === 'string');
    expect(texts.length).toBeGreaterThan(300);
    expect(disagreements(texts, fast, slow)).toEqual([]);
    expect(disagreements(texts.map(normalizeText), fast, slow)).toEqual([]);
  });

  it('gives transformers.js’ ids on the benchmark texts and the tokenizer-parity fixture', () => {
    const texts = [
      ...socialMediaTexts(512),
      ...readFixtureLines<{ text: string; normalized: string }>('tokenizer-parity.jsonl').flatMap((line) => [
        line.text,
        line.normalized,
      ]),
    ];
    expect(disagreements(texts, fast, slow)).toEqual([]);
    expect(disagreements(texts.map(normalizeText), fast, slow)).toEqual([]);
  });
});

/** The bundled tokenizer.json with some of its parts replaced. */
function variant(changes: Json, config: Json = tokenizerConfig) {
  const json = structuredClone({ ...tokenizerJson, ...changes });
  return { json, config, transformers: reference(new PreTrainedTokenizer(json, config)) };
}
const normalizer = (flags: Json) => ({ normalizer: { type: 'BertNormalizer', ...flags } });
const model = tokenizerJson.model as Json;
const addedTokens = tokenizerJson.added_tokens as Json[];

/** Texts where the normaliser's options change the ids. */
const EDGE_CASES = [
  '[C\u200bLS]', // the cased normaliser makes the added token [CLS] out of it
  '[CLS]\u200b',
  'Crème BRÛLÉE, naïve Œuvre',
  'ΟΔΟΣ ΟΔΟΣ.',
  'İstanbul',
  'a\u0000b\u200bc\ufffdd\te',
  '中文字 漢\u{20000}',
  'hello world',
];

describe('other BERT WordPiece configurations', () => {
  const supported = {
    'cased (no lowercasing, accents kept)': normalizer({
      clean_text: true,
      handle_chinese_chars: true,
      lowercase: false,
      strip_accents: null,
    }),
    'uncased with accents stripped (bert-base-uncased)': normalizer({
      clean_text: true,
      handle_chinese_chars: true,
      lowercase: true,
      strip_accents: null,
    }),
    'no clean-up, no Chinese padding': normalizer({
      clean_text: false,
      handle_chinese_chars: false,
      lowercase: true,
      strip_accents: false,
    }),
    'no added tokens, short words': {
      added_tokens: [],
      model: { ...model, max_input_chars_per_word: 8 },
    },
    'a non-special added token, another prefix, BertProcessing': {
      added_tokens: [...addedTokens, { id: 5, content: 'hello', special: false, normalized: false }],
      model: { ...model, continuing_subword_prefix: '@@' },
      post_processor: { type: 'BertProcessing', sep: ['[SEP]', 3], cls: ['[CLS]', 2] },
    },
  };

  for (const [name, changes] of Object.entries(supported)) {
    it(`matches transformers.js: ${name}`, () => {
      const { json, config, transformers } = variant(changes);
      const encoder = wordPieceEncoder(json, config);
      expect(encoder).toBeTypeOf('function');
      expect(disagreements(EDGE_CASES, encoder!, transformers)).toEqual([]);
      fc.assert(
        fc.property(text, (sample) => {
          expect(encoder!(sample)).toEqual(transformers(sample));
        }),
        { numRuns: 400 },
      );
    });
  }

  const unsupported: Record<string, { changes: Json; config?: Json }> = {
    'another normalizer': { changes: { normalizer: { type: 'NFKC' } } },
    'a byte-level pre-tokenizer': {
      changes: { pre_tokenizer: { type: 'ByteLevel', add_prefix_space: false, use_regex: true } },
    },
    'no normalizer': { changes: { normalizer: null } },
    'a BPE model': { changes: { model: { ...model, type: 'BPE', merges: [] } } },
    fuse_unk: { changes: { model: { ...model, fuse_unk: true } } },
    'an unknown token outside the vocabulary': { changes: { model: { ...model, unk_token: '<unk>' } } },
    'a normalised added token': {
      changes: { added_tokens: [...addedTokens, { id: 5, content: 'Hello', special: false }] },
    },
    'an added token stripping spaces': {
      changes: { added_tokens: [{ ...addedTokens[4], lstrip: true }] },
    },
    'a template repeating the sequence': {
      changes: {
        post_processor: {
          type: 'TemplateProcessing',
          single: [{ Sequence: { id: 'A' } }, { Sequence: { id: 'A' } }],
        },
      },
    },
    'remove_space in tokenizer_config.json': {
      changes: {},
      config: { ...tokenizerConfig, remove_space: true },
    },
  };

  for (const [name, { changes, config }] of Object.entries(unsupported)) {
    it(`falls back to transformers.js: ${name}`, () => {
      expect(wordPieceEncoder({ ...tokenizerJson, ...changes }, config ?? tokenizerConfig)).toBeNull();
    });
  }

  it('falls back when tokenizer.json is not an object', () => {
    expect(wordPieceEncoder(null, tokenizerConfig)).toBeNull();
    expect(wordPieceEncoder([], tokenizerConfig)).toBeNull();
  });
});
