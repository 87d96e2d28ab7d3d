import { describe, expect, it } from 'vitest';
import { LABELS, type LabelScores } from '@core/model';
import { bundledClassifier, readFixtureLines } from './bundled-model';

interface ReferenceLine {
  readonly text: string;
  readonly probs: LabelScores;
}

/**
 * fp32 runs the same graph as PyTorch: only float summation order and the fixture's 6 decimals differ
 * (measured max 6e-7), so 1e-4 catches any real divergence (a wrong token, a wrong window, a missed
 * sigmoid). q8 stores weights as per-column int8, which moves logits by about 1% (measured max 0.0056 in
 * probability on loupe-mini 0.2.0); 0.03 leaves room for sharper trained weights while still failing on a wrong file or input.
 */
const TOLERANCE = { fp32: 1e-4, q8: 0.03 } as const;

describe('scores through transformers.js match the PyTorch reference', () => {
  const reference = readFixtureLines<ReferenceLine>('reference-scores.jsonl');

  for (const dtype of ['fp32', 'q8'] as const) {
    it(`${dtype}: every reference text is scored within ${TOLERANCE[dtype]}`, async () => {
      const classifier = await bundledClassifier(dtype);
      const outputs = await classifier.classify(reference.map(({ text }) => ({ text })));
      let worst = 0;
      outputs.forEach((output, i) => {
        expect(output.status, reference[i]!.text).toBe('scored');
        for (const label of LABELS) {
          worst = Math.max(worst, Math.abs(output.scores![label] - reference[i]!.probs[label]));
        }
      });
      expect(reference.length).toBeGreaterThanOrEqual(40);
      expect(worst).toBeLessThanOrEqual(TOLERANCE[dtype]);
    });
  }
});
