import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LABELS, SUB_LABELS, type Label } from '@core/model';
import {
  applyMapping,
  coveredLabels,
  suggestMapping,
  validateMapping,
  type LabelMapping,
} from '../../../renderer/src/core/classify/registry';

describe('label mapping', () => {
  it('suggests identity for Loupe names, synonyms for common ones, and ignores the rest', () => {
    expect(suggestMapping(['Hate', 'toxic', 'non-toxic', 'False Claim', 'neutral'])).toEqual({
      Hate: 'hate',
      toxic: 'offensive',
      'non-toxic': null,
      'False Claim': 'false_claim',
      neutral: null,
    });
  });

  it('needs a choice for every label and at least one parent label covered', () => {
    const labels = ['neutral', 'toxic'];
    expect(validateMapping(labels, { neutral: null, toxic: 'offensive' }).ok).toBe(true);
    expect(validateMapping(labels, { neutral: null, toxic: 'misleading' }).ok).toBe(true);
    expect(validateMapping(labels, { neutral: null, toxic: null })).toMatchObject({
      ok: false,
      error: /divisive or misleading/,
    });
    expect(validateMapping(labels, { toxic: 'offensive' })).toMatchObject({ ok: false, error: /neutral/ });
    expect(validateMapping(labels, { neutral: null, toxic: 'offensive', other: null })).toMatchObject({
      ok: false,
      error: /other/,
    });
    expect(validateMapping(labels, { neutral: null, toxic: 'spicy' as Label } as LabelMapping)).toMatchObject(
      { ok: false, error: /spicy/ },
    );
  });

  it('covers a parent through its sub-labels', () => {
    expect(coveredLabels({ a: 'clickbait', b: null })).toEqual(['misleading', 'clickbait']);
  });

  it('maps probabilities: max per target, parents at least their sub-labels, unmapped labels 0', () => {
    const scores = applyMapping(
      { toxic: 0.7, insult: 0.9, fake: 0.2, neutral: 0.99 },
      { toxic: 'offensive', insult: 'offensive', fake: 'false_claim', neutral: null },
    );
    expect(scores).toEqual({
      divisive: 0.9,
      hate: 0,
      offensive: 0.9,
      polarising: 0,
      misleading: 0.2,
      false_claim: 0.2,
      clickbait: 0,
      conspiracy: 0,
    });
  });

  it('keeps every score a probability and each parent at least its sub-labels (property)', () => {
    const target = fc.option(fc.constantFrom(...LABELS), { nil: null });
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string({ minLength: 1, maxLength: 8 }),
          fc.tuple(target, fc.double({ min: 0, max: 1, noNaN: true })),
        ),
        (model) => {
          const mapping = Object.fromEntries(Object.entries(model).map(([name, [label]]) => [name, label]));
          const probabilities = Object.fromEntries(Object.entries(model).map(([name, [, p]]) => [name, p]));
          const scores = applyMapping(probabilities, mapping);
          for (const label of LABELS) expect(scores[label]).toBeGreaterThanOrEqual(0);
          for (const label of LABELS) expect(scores[label]).toBeLessThanOrEqual(1);
          for (const [parent, subs] of Object.entries(SUB_LABELS) as [Label, readonly Label[]][]) {
            for (const sub of subs) expect(scores[parent]).toBeGreaterThanOrEqual(scores[sub]);
          }
          for (const label of LABELS) {
            if (!coveredLabels(mapping).includes(label)) expect(scores[label]).toBe(0);
          }
        },
      ),
    );
  });
});
