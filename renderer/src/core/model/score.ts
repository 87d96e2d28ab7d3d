import type { ItemId } from './ids';
import type { Label, LabelScores } from './labels';

export type ScoreStatus = 'scored' | 'empty' | 'unsupported_language';

/** The model's output for one item. Flags are derived from thresholds at read time, never stored. */
export interface Score {
  readonly itemId: ItemId;
  readonly modelId: string;
  readonly language: string;
  readonly status: ScoreStatus;
  /** Present only when status is `scored`. */
  readonly scores: LabelScores | null;
}

export type ReviewVerdict = 'correct' | 'not_divisive' | 'not_misleading';

/** A correction the user made to a label; it overrides the model in every report and export. */
export interface Review {
  readonly itemId: ItemId;
  readonly verdict: ReviewVerdict;
  readonly at: number;
}

export type { Label };
