import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planBatches } from '@core/classify/batches';
import { splitIntoWindows } from '@core/classify/windows';

const spec = { maxTokens: 10, stride: 4, prefix: [2], suffix: [3] };

describe('splitIntoWindows', () => {
  it('keeps a sequence that fits as one window with its special tokens', () => {
    expect(splitIntoWindows([7, 8, 9], spec)).toEqual([[2, 7, 8, 9, 3]]);
    expect(splitIntoWindows([], spec)).toEqual([[2, 3]]);
  });

  it('cuts a long sequence into overlapping windows, the last aligned to the end', () => {
    const ids = Array.from({ length: 14 }, (_, i) => 100 + i);
    const windows = splitIntoWindows(ids, spec);
    expect(windows.map((window) => window.slice(1, -1)[0])).toEqual([100, 104, 106]);
    expect(windows.at(-1)).toEqual([2, ...ids.slice(6), 3]);
  });

  it('covers every token with overlapping windows that fit the model (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 4, max: 64 }),
        fc.integer({ min: 1, max: 80 }),
        (length, maxTokens, stride) => {
          const ids = Array.from({ length }, (_, i) => 5 + i);
          const windows = splitIntoWindows(ids, { maxTokens, stride, prefix: [2], suffix: [3] });
          let coveredUpTo = 0;
          for (const window of windows) {
            expect(window.length).toBeLessThanOrEqual(maxTokens);
            expect([window[0], window.at(-1)]).toEqual([2, 3]);
            const content = window.slice(1, -1);
            if (content.length === 0) continue;
            expect(content[0]! - 5).toBeLessThanOrEqual(coveredUpTo);
            coveredUpTo = content.at(-1)! - 5 + 1;
          }
          expect(coveredUpTo).toBe(length);
          expect(windows.length > 1).toBe(length > maxTokens - 2);
        },
      ),
    );
  });
});

describe('planBatches', () => {
  it('sorts by length, caps batch size and padded tokens, and uses every index once', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 2, max: 128 }), { maxLength: 300 }), (lengths) => {
        const batches = planBatches(lengths, { maxBatchSize: 16, maxBatchTokens: 1024 });
        const all = batches.flat();
        expect([...all].sort((a, b) => a - b)).toEqual(lengths.map((_, i) => i));
        const ordered = all.map((i) => lengths[i]!);
        expect(ordered).toEqual([...ordered].sort((a, b) => a - b));
        for (const batch of batches) {
          expect(batch.length).toBeLessThanOrEqual(16);
          const longest = Math.max(...batch.map((i) => lengths[i]!));
          if (batch.length > 1) expect(batch.length * longest).toBeLessThanOrEqual(1024);
        }
      }),
    );
  });
});
