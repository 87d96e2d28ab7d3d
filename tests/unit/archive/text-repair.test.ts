import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeLikeMeta, repairMojibake } from '@core/archive';
import { decodeBytesAsUtf8, repairTree, tidyText } from '../../../renderer/src/core/archive/text';
import { findLinks } from '../../../renderer/src/core/archive/links';

describe('mojibake repair', () => {
  it('repairs any string encoded the Meta way to itself', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(repairMojibake(encodeLikeMeta(text))).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves already-correct text unchanged', () => {
    const correct = fc.oneof(
      fc.string({ unit: 'binary-ascii' }),
      // Any text with a code point above U+00FF is already Unicode.
      fc
        .tuple(fc.string({ unit: 'binary' }), fc.integer({ min: 0x100, max: 0xd7ff }))
        .map(([text, code]) => text + String.fromCharCode(code)),
    );
    fc.assert(
      fc.property(correct, (text) => {
        expect(repairMojibake(text)).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('decodes byte strings with exactly the verdicts of a strict TextDecoder', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    const reference = (bytes: number[]) => {
      try {
        return strict.decode(new Uint8Array(bytes));
      } catch {
        return null;
      }
    };
    // Bytes biased towards UTF-8 lead and continuation bytes, so valid and invalid sequences both occur.
    const byte = fc.oneof(
      fc.integer({ min: 0, max: 255 }),
      fc.integer({ min: 0x80, max: 0xbf }),
      fc.integer({ min: 0xc0, max: 0xf7 }),
    );
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 24 }), (bytes) => {
        expect(decodeBytesAsUtf8(String.fromCharCode(...bytes))).toBe(reference(bytes));
      }),
      { numRuns: 5000 },
    );
  });

  it('is guarded: Latin-1 text that is not UTF-8 bytes stays as it was', () => {
    expect(repairMojibake('café')).toBe('café');
    expect(repairMojibake('Ã©')).toBe('é');
    expect(repairMojibake('\u00f0\u009f\u0091\u008d')).toBe('👍');
    expect(repairMojibake('d\u00e2\u0080\u0099accord')).toBe('d’accord');
    expect(repairMojibake(repairMojibake('Ã©t\u00c3\u00a9'))).toBe('été');
  });

  it('repairs keys and values of a parsed document', () => {
    const doc = JSON.parse(
      '{"Nome della citt\\u00c3\\u00a0": {"value": "M\\u00c3\\u00bcnchen"}, "n": [1, "\\u00c3\\u00a9"]}',
    );
    expect(repairTree(doc)).toEqual({ 'Nome della città': { value: 'München' }, n: [1, 'é'] });
  });
});

describe('text tidying and links', () => {
  it('normalises to NFC, unifies line breaks and collapses spaces', () => {
    expect(tidyText('  e\u0301te\u0301 \r\n\r\n\r\n\u200bnext\t  word  ')).toBe('été\n\nnext word');
  });

  it('finds links in text without trailing punctuation or duplicates', () => {
    expect(
      findLinks('see https://a.example/x?y=1, and www.b.example. Again https://a.example/x?y=1!', [
        'https://c.example',
      ]),
    ).toEqual(['https://a.example/x?y=1', 'www.b.example', 'https://c.example']);
  });
});
