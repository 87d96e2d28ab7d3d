import type { LabelScores } from '../model';
import { planBatches, type BatchPlan } from './batches';
import { detectLanguage, type LanguageVerdict } from './language';
import { outputCount, scoresOf } from './manifest';
import { normalizeText } from './normalize';
import type { ClassifyInput, ClassifyOutput, ModelManifest } from './types';
import { splitIntoWindows, type WindowSpec } from './windows';

/** The runtime-independent pieces of classification; a host supplies the tokenizer and the model call. */
export interface ScoringEngine {
  readonly manifest: ModelManifest;
  readonly window: WindowSpec;
  readonly batchPlan: BatchPlan;
  /** Content token ids of a normalised text, without special tokens. */
  encode(normalized: string): number[];
  /** Probabilities, one array per sequence, in the model's logit order (`outputCount` columns). */
  runBatch(sequences: readonly (readonly number[])[]): Promise<Float32Array[]>;
}

export interface WindowedScores {
  readonly scores: LabelScores;
  readonly windows: number;
}

/** Applies the model's normalisation; language detection always sees loupe-norm-v1 output. */
export function prepareText(manifest: ModelManifest, text: string): { normalized: string; forModel: string } {
  const normalized = normalizeText(text);
  return { normalized, forModel: manifest.normalization === 'loupe-norm-v1' ? normalized : text.trim() };
}

/** Scores texts already prepared for the model: windows, length-sorted batches, max per label over windows. */
export async function scorePreparedTexts(
  engine: ScoringEngine,
  texts: readonly string[],
): Promise<WindowedScores[]> {
  const owners: number[] = [];
  const sequences: number[][] = [];
  texts.forEach((text, owner) => {
    for (const window of splitIntoWindows(engine.encode(text), engine.window)) {
      owners.push(owner);
      sequences.push(window);
    }
  });
  const best = texts.map(() => new Float32Array(outputCount(engine.manifest)).fill(-Infinity));
  const windowCounts = texts.map(() => 0);
  for (const batch of planBatches(
    sequences.map((sequence) => sequence.length),
    engine.batchPlan,
  )) {
    const probabilities = await engine.runBatch(batch.map((index) => sequences[index]!));
    batch.forEach((sequenceIndex, row) => {
      const owner = owners[sequenceIndex]!;
      const target = best[owner]!;
      probabilities[row]!.forEach((p, column) => {
        if (p > target[column]!) target[column] = p;
      });
      windowCounts[owner]! += 1;
    });
  }
  return best.map((values, owner) => ({
    scores: scoresOf(engine.manifest, values),
    windows: windowCounts[owner]!,
  }));
}

/** Routes each text (empty, unsupported language, or scored) and scores the supported ones together. */
export async function classifyWithEngine(
  engine: ScoringEngine,
  inputs: readonly ClassifyInput[],
): Promise<ClassifyOutput[]> {
  const outputs: ClassifyOutput[] = new Array(inputs.length);
  const toScore: { index: number; language: string; text: string }[] = [];
  // Archives repeat texts ("Liked a post", shared links): decide each distinct text's language once.
  const verdicts = new Map<string, LanguageVerdict>();
  inputs.forEach((input, index) => {
    const { normalized, forModel } = prepareText(engine.manifest, input.text);
    if (normalized === '' || forModel === '') {
      outputs[index] = { language: 'und', status: 'empty', scores: null, reason: 'empty', windows: 0 };
      return;
    }
    let verdict = verdicts.get(normalized);
    if (!verdict) {
      verdict = detectLanguage(normalized, engine.manifest.languages);
      verdicts.set(normalized, verdict);
    }
    if (!verdict.supported) {
      outputs[index] = {
        language: verdict.language,
        status: 'unsupported_language',
        scores: null,
        reason: 'unsupported_language',
        windows: 0,
      };
      return;
    }
    toScore.push({ index, language: verdict.language, text: forModel });
  });
  const scored = await scorePreparedTexts(
    engine,
    toScore.map((entry) => entry.text),
  );
  toScore.forEach((entry, position) => {
    const { scores, windows } = scored[position]!;
    outputs[entry.index] = { language: entry.language, status: 'scored', scores, windows };
  });
  return outputs;
}
