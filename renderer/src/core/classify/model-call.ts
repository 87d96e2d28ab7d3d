import { Tensor, type PreTrainedModel } from '@huggingface/transformers';
import type { ClassifierHost } from './host';

/** The model's logits for a padded batch of int64 ids, row after row. */
export type LogitsRun = (inputIds: Tensor, attentionMask: Tensor) => Promise<Float32Array>;

interface OnnxSession {
  readonly inputNames: readonly string[];
  readonly outputNames: readonly string[];
  run(feeds: Record<string, unknown>): Promise<Record<string, { readonly data: unknown }>>;
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/**
 * How a batch reaches the model. onnxruntime-node: straight to the ONNX session under transformers.js'
 * model(), which in Node only checks the inputs and wraps the outputs, for 0.01-0.02 ms a call (3-5 % of
 * a batch of one; measured 2026-12-06). Elsewhere through model(), which also serialises WASM runs.
 */
export function logitsRun(model: PreTrainedModel, device: ClassifierHost['device']): LogitsRun {
  const session = model.sessions.model as OnnxSession | undefined;
  const plain =
    session !== undefined &&
    session.inputNames.length === 2 &&
    ['input_ids', 'attention_mask'].every((name) => session.inputNames.includes(name)) &&
    session.outputNames.includes('logits');
  if (device === 'cpu' && plain) {
    return async (inputIds, attentionMask) => {
      const feeds = { input_ids: inputIds.ort_tensor, attention_mask: attentionMask.ort_tensor };
      return (await session.run(feeds)).logits!.data as Float32Array;
    };
  }
  return async (inputIds, attentionMask) => {
    const output = (await model({ input_ids: inputIds, attention_mask: attentionMask })) as {
      logits: Tensor;
    };
    return output.logits.data as Float32Array;
  };
}

/** Pads sequences to the longest one and runs the model once; returns sigmoid probabilities per row. */
export async function runPaddedBatch(
  run: LogitsRun,
  padId: number,
  sequences: readonly (readonly number[])[],
): Promise<Float32Array[]> {
  const width = Math.max(...sequences.map((sequence) => sequence.length));
  const ids = new BigInt64Array(sequences.length * width).fill(BigInt(padId));
  const mask = new BigInt64Array(sequences.length * width);
  sequences.forEach((sequence, row) => {
    sequence.forEach((id, column) => {
      ids[row * width + column] = BigInt(id);
      mask[row * width + column] = 1n;
    });
  });
  const dims = [sequences.length, width];
  const logits = await run(new Tensor('int64', ids, dims), new Tensor('int64', mask, dims));
  const labelCount = logits.length / sequences.length;
  return sequences.map((_, row) => logits.slice(row * labelCount, (row + 1) * labelCount).map(sigmoid));
}
