/** One model call: indices into the caller's list of sequences, similar in length. */
export type Batch = readonly number[];

export interface BatchPlan {
  /** Most sequences in one call. 8-32 amortise the per-call cost (about 20 ms in WASM). */
  readonly maxBatchSize: number;
  /** Most padded positions (batch size × longest sequence) in one call, to bound memory. */
  readonly maxBatchTokens: number;
}

export const DEFAULT_BATCH_PLAN: BatchPlan = { maxBatchSize: 32, maxBatchTokens: 32 * 128 };

/** Groups sequences by length (sorted, then cut) so a batch pads little. Every index appears once. */
export function planBatches(lengths: readonly number[], plan: BatchPlan = DEFAULT_BATCH_PLAN): Batch[] {
  const order = lengths.map((_, index) => index).sort((a, b) => lengths[a]! - lengths[b]! || a - b);
  const batches: number[][] = [];
  let current: number[] = [];
  for (const index of order) {
    const longest = lengths[index]!;
    const wouldHold = (current.length + 1) * longest;
    if (current.length > 0 && (current.length >= plan.maxBatchSize || wouldHold > plan.maxBatchTokens)) {
      batches.push(current);
      current = [];
    }
    current.push(index);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
