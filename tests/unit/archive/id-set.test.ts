import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exposureIdFor, itemIdFor } from '@core/archive';
import { IdSet } from '../../../renderer/src/core/archive/id-set';

describe('IdSet', () => {
  it('answers like a Set of strings, through growth', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 3000 }), (texts) => {
        const set = new IdSet();
        const reference = new Set<string>();
        for (const text of texts) {
          const id = itemIdFor({
            platform: 'instagram',
            kind: 'post',
            conversation: null,
            author: null,
            timestamp: null,
            text,
          });
          expect(set.add(id)).toBe(!reference.has(id));
          reference.add(id);
        }
        expect(set.size).toBe(reference.size);
      }),
      { numRuns: 30 },
    );
  });

  it('keeps items and exposures apart', () => {
    const set = new IdSet();
    const fields = { platform: 'facebook', kind: 'liked', timestamp: 1 };
    expect(set.add(exposureIdFor({ ...fields, label: 'a', account: null, url: null }))).toBe(true);
    expect(set.add(itemIdFor({ ...fields, conversation: null, author: null, text: 'a' }))).toBe(true);
    expect(set.size).toBe(2);
  });
});
