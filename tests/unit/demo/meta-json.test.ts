import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeLikeMeta, toMetaJson } from '@core/demo';
import { repairMojibake } from './read-zip';

describe('toMetaJson', () => {
  it('writes the bytes of é, ’ and 👍 one escape each, as Meta does', () => {
    expect(escapeLikeMeta('"é"')).toBe('"\\u00c3\\u00a9"');
    expect(escapeLikeMeta('"’"')).toBe('"\\u00e2\\u0080\\u0099"');
    expect(escapeLikeMeta('"👍"')).toBe('"\\u00f0\\u009f\\u0091\\u008d"');
    expect(toMetaJson({ clé: 'café' })).toBe('{\n  "cl\\u00c3\\u00a9": "caf\\u00c3\\u00a9"\n}');
  });

  it('round-trips any value through the standard mojibake repair, keys included', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (value) => {
        const written = toMetaJson(value);
        expect(/[\u0080-\uffff]/.test(written)).toBe(false);
        expect(repairMojibake(JSON.parse(written))).toEqual(value);
      }),
      { seed: 20260112, numRuns: 300 },
    );
  });
});
