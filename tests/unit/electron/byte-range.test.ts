import { describe, expect, it } from 'vitest';
import { parseByteRange } from '../../../electron/main/byte-range';

describe('parseByteRange', () => {
  it('reads closed, open-ended and suffix ranges with an inclusive end', () => {
    expect(parseByteRange('bytes=0-9', 100)).toEqual({ kind: 'part', start: 0, end: 9 });
    expect(parseByteRange('bytes=90-', 100)).toEqual({ kind: 'part', start: 90, end: 99 });
    expect(parseByteRange('bytes=-22', 100)).toEqual({ kind: 'part', start: 78, end: 99 });
  });

  it('clamps an end past the file and a suffix longer than it', () => {
    expect(parseByteRange('bytes=50-1000', 100)).toEqual({ kind: 'part', start: 50, end: 99 });
    expect(parseByteRange('bytes=-1000', 100)).toEqual({ kind: 'part', start: 0, end: 99 });
  });

  it('serves the whole file without a header or with one it ignores', () => {
    expect(parseByteRange(null, 100)).toEqual({ kind: 'whole' });
    expect(parseByteRange('bytes=0-1,5-6', 100)).toEqual({ kind: 'whole' });
    expect(parseByteRange('items=0-1', 100)).toEqual({ kind: 'whole' });
  });

  it('reports ranges that no byte of the file satisfies', () => {
    expect(parseByteRange('bytes=100-', 100)).toEqual({ kind: 'unsatisfiable' });
    expect(parseByteRange('bytes=9-3', 100)).toEqual({ kind: 'unsatisfiable' });
    expect(parseByteRange('bytes=-0', 100)).toEqual({ kind: 'unsatisfiable' });
    expect(parseByteRange('bytes=0-0', 0)).toEqual({ kind: 'unsatisfiable' });
  });

  it('handles offsets beyond 4 GiB exactly', () => {
    const size = 5 * 2 ** 30;
    expect(parseByteRange(`bytes=${size - 10}-`, size)).toEqual({
      kind: 'part',
      start: size - 10,
      end: size - 1,
    });
  });
});
