import type { Label, LabelScores, ScoreStatus, Thresholds } from '../model';
import type { LabelMapping } from './registry/label-mapping';

export type Outcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

export interface ClassifyInput {
  readonly text: string;
}

export type NotScoredReason = 'empty' | 'unsupported_language';

export interface ClassifyOutput {
  /** ISO 639-1 (639-3 when there is none); `und` for texts too short to tell. */
  readonly language: string;
  readonly status: ScoreStatus;
  /** Calibrated probabilities, present only when status is `scored`. */
  readonly scores: LabelScores | null;
  readonly reason?: NotScoredReason;
  /** How many windows the text was cut into: 1 when it fits the model, 0 when not scored. */
  readonly windows: number;
}

/** What the Loupe-specific `loupe.json` beside a model says, or defaults derived from `config.json`. */
export interface ModelManifest {
  readonly modelId: string;
  readonly version: string;
  /** Loupe's labels in the order of the model's logits; for a mapped model, the Loupe labels it scores. */
  readonly labels: readonly Label[];
  /**
   * A model with labels of its own (added from a folder): its labels in logit order and how they map
   * onto Loupe's. Its scores are Loupe's labels through `applyMapping`; labels it does not cover score 0.
   */
  readonly mapping?: { readonly outputs: readonly string[]; readonly labels: LabelMapping };
  readonly thresholds: Thresholds;
  readonly maxTokens: number;
  readonly windowStride: number;
  readonly normalization: 'loupe-norm-v1' | 'none';
  /** ISO 639-1 codes the model was trained on; other languages are not scored. */
  readonly languages: readonly string[];
}

/** A word of the original text and how much each probability fell when the word was removed. */
export interface WordAttribution {
  /** UTF-16 offsets into the original text, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** Probability without the word subtracted from the probability with it; positive = drove the flag. */
  readonly drop: LabelScores;
}

export interface Explanation extends Omit<ClassifyOutput, 'windows'> {
  /** Words in text order; empty when the text was not scored. */
  readonly words: readonly WordAttribution[];
}

/** One classifier, three hosts: Node (CLI), a browser Web Worker (WASM), an Electron utility process. */
export interface Classifier {
  readonly modelId: string;
  readonly manifest: ModelManifest;
  /** Scores texts; output i belongs to input i. Batches and windows internally. */
  classify(inputs: readonly ClassifyInput[]): Promise<ClassifyOutput[]>;
  /** Occlusion attribution for one text: the words that drove each label. */
  explain(text: string): Promise<Explanation>;
  dispose(): Promise<void>;
}
