import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countLetters } from '@core/classify/letters';

const byRegex = (text: string) => ({
  letters: text.match(/\p{L}/gu)?.length ?? 0,
  latin: text.match(/\p{Script=Latin}/gu)?.length ?? 0,
});

describe('countLetters', () => {
  it('counts what /\\p{L}/gu and /\\p{Script=Latin}/gu match, on arbitrary text', () => {
    const unit = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
      fc.constantFrom('é', 'Ⅻ', 'ª', 'ʰ', 'я', '中', '𝐀', '𠀀', '😀', '\ud800', '\udc00', 'e\u0301'),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(countLetters(text)).toEqual(byRegex(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('counts Latin-script non-letters (Roman numerals) as Latin and astral letters once', () => {
    expect(countLetters('Ⅻ ab 𝐀 я')).toEqual({ letters: 4, latin: 3 });
  });
});
