/** How a token sequence longer than the model's window is cut: no silent truncation. */
export interface WindowSpec {
  /** The model's maximum sequence length, special tokens included. */
  readonly maxTokens: number;
  /** Distance between the starts of consecutive windows, in content tokens. */
  readonly stride: number;
  /** Token ids around every window, e.g. [CLS] and [SEP]. */
  readonly prefix: readonly number[];
  readonly suffix: readonly number[];
}

/**
 * Splits content token ids (without special tokens) into windows that each fit the model. Windows start
 * every `stride` tokens; the last one is aligned to the end, so every token is seen and windows overlap.
 */
export function splitIntoWindows(contentIds: readonly number[], spec: WindowSpec): number[][] {
  const room = spec.maxTokens - spec.prefix.length - spec.suffix.length;
  if (room < 1) throw new Error(`maxTokens ${spec.maxTokens} leaves no room for content`);
  const wrap = (start: number): number[] => [
    ...spec.prefix,
    ...contentIds.slice(start, start + room),
    ...spec.suffix,
  ];
  if (contentIds.length <= room) return [wrap(0)];
  const step = Math.max(1, Math.min(spec.stride, room));
  const lastStart = contentIds.length - room;
  const windows: number[][] = [];
  for (let start = 0; start < lastStart; start += step) windows.push(wrap(start));
  windows.push(wrap(lastStart));
  return windows;
}
