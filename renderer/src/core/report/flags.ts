import { LABELS, SUB_LABELS, type Label, type Review, type Score, type Thresholds } from '../model';

/** Flags of one item as a bit set: bit i is `LABELS[i]`. */
export type FlagBits = number;

export const LABEL_BIT: Readonly<Record<Label, number>> = Object.fromEntries(
  LABELS.map((label, index) => [label, 1 << index]),
) as Record<Label, number>;

const familyBits = (parent: 'divisive' | 'misleading'): number =>
  [parent, ...SUB_LABELS[parent]].reduce((bits, label) => bits | LABEL_BIT[label], 0);

const DIVISIVE_FAMILY = familyBits('divisive');
const MISLEADING_FAMILY = familyBits('misleading');

/** What the model flags at these thresholds: score ≥ threshold. Unscored items have no flags. */
export function modelFlags(score: Score | undefined, thresholds: Thresholds): FlagBits {
  if (!score || score.status !== 'scored' || !score.scores) return 0;
  const s = score.scores;
  // Written out label by label (in LABELS order): named property reads stay fast in a 100,000-item loop.
  return (
    (s.divisive >= thresholds.divisive ? 1 : 0) |
    (s.hate >= thresholds.hate ? 2 : 0) |
    (s.offensive >= thresholds.offensive ? 4 : 0) |
    (s.polarising >= thresholds.polarising ? 8 : 0) |
    (s.misleading >= thresholds.misleading ? 16 : 0) |
    (s.false_claim >= thresholds.false_claim ? 32 : 0) |
    (s.clickbait >= thresholds.clickbait ? 64 : 0) |
    (s.conspiracy >= thresholds.conspiracy ? 128 : 0)
  );
}

/** The user's review overrides the model: `not_divisive` clears the divisive family, and so on. */
export function applyReview(bits: FlagBits, review: Review | undefined): FlagBits {
  if (!review) return bits;
  if (review.verdict === 'not_divisive') return bits & ~DIVISIVE_FAMILY;
  if (review.verdict === 'not_misleading') return bits & ~MISLEADING_FAMILY;
  return bits;
}

export const effectiveFlags = (
  score: Score | undefined,
  review: Review | undefined,
  thresholds: Thresholds,
): FlagBits => applyReview(modelFlags(score, thresholds), review);

export const hasFlag = (bits: FlagBits, label: Label): boolean => (bits & LABEL_BIT[label]) !== 0;

export const flaggedLabels = (bits: FlagBits): Label[] => LABELS.filter((label) => hasFlag(bits, label));

/** The latest review of each item. */
export function latestReviews(reviews: readonly Review[]): Map<string, Review> {
  const byItem = new Map<string, Review>();
  for (const review of reviews) {
    const previous = byItem.get(review.itemId);
    if (!previous || review.at >= previous.at) byItem.set(review.itemId, review);
  }
  return byItem;
}

/** One score per item: only `modelId`'s when given, otherwise the last one seen. */
export function scoresByItem(scores: readonly Score[], modelId?: string): Map<string, Score> {
  const byItem = new Map<string, Score>();
  for (const score of scores) {
    if (modelId === undefined || score.modelId === modelId) byItem.set(score.itemId, score);
  }
  return byItem;
}
