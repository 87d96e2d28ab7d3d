import { AutoTokenizer } from '@huggingface/transformers';
import { describe, expect, it } from 'vitest';
import { configureOfflineEnvironment } from '@core/classify/host';
import { normalizeText } from '@core/classify/normalize';
import { nodeClassifierHost } from '../../../electron/cli/commands/classify';
import { MODEL_DIR, readFixtureLines } from './bundled-model';

interface ParityLine {
  readonly text: string;
  readonly normalized: string;
  readonly ids: readonly number[];
}

describe('tokenizer parity with the training pipeline', () => {
  const lines = readFixtureLines<ParityLine>('tokenizer-parity.jsonl');

  it('has at least 1,000 varied texts', () => {
    expect(lines.length).toBeGreaterThanOrEqual(1000);
  });

  it('normalises every text as the training did', () => {
    const mismatches = lines.filter((line) => normalizeText(line.text) !== line.normalized);
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it('gives exactly the training ids through transformers.js', async () => {
    const host = nodeClassifierHost(MODEL_DIR);
    configureOfflineEnvironment(host);
    const tokenizer = await AutoTokenizer.from_pretrained(host.modelFolder, { local_files_only: true });
    const mismatches = lines
      .map((line) => ({
        normalized: line.normalized,
        expected: line.ids,
        got: tokenizer.encode(line.normalized),
      }))
      .filter(
        (result) =>
          result.got.length !== result.expected.length ||
          result.got.some((id, i) => id !== result.expected[i]),
      );
    expect(mismatches.slice(0, 3)).toEqual([]);
  });
});
