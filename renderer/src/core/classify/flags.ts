import { LABELS, type Label, type LabelScores, type Thresholds } from '../model';

/** Labels whose probability reaches their threshold, in Loupe's label order. Flags are derived, never stored. */
export function flagsFor(scores: LabelScores | null, thresholds: Thresholds): Label[] {
  if (scores === null) return [];
  return LABELS.filter((label) => scores[label] >= thresholds[label]);
}
