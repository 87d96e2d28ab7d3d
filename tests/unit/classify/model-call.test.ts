import { AutoModelForSequenceClassification, type PreTrainedModel } from '@huggingface/transformers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureOfflineEnvironment } from '@core/classify/host';
import { logitsRun, runPaddedBatch } from '@core/classify/model-call';
import { nodeClassifierHost } from '../../../electron/cli/commands/classify';
import { MODEL_DIR } from './bundled-model';

describe('the model call', () => {
  let model: PreTrainedModel;

  beforeAll(async () => {
    const host = nodeClassifierHost(MODEL_DIR);
    configureOfflineEnvironment(host);
    model = await AutoModelForSequenceClassification.from_pretrained(host.modelFolder, {
      device: host.device,
      dtype: host.dtype,
      local_files_only: true,
    });
  });

  afterAll(async () => {
    await model.dispose();
  });

  it('gives in Node, straight from the ONNX session, exactly what transformers.js model() gives', async () => {
    const batch = [
      [2, 1200, 45, 3],
      [2, 7, 3],
      [2, 15999, 300, 301, 302, 3],
    ];
    const direct = await runPaddedBatch(logitsRun(model, 'cpu'), 0, batch);
    const wrapped = await runPaddedBatch(logitsRun(model, 'wasm'), 0, batch);
    expect(direct).toHaveLength(3);
    expect(direct.map((row) => row.length)).toEqual([8, 8, 8]);
    expect(direct).toEqual(wrapped);
    for (const p of direct.flatMap((row) => [...row])) expect(p).toBeGreaterThan(0);
  });

  it('pads without changing a sequence’s probabilities', async () => {
    const run = logitsRun(model, 'cpu');
    const [alone] = await runPaddedBatch(run, 0, [[2, 1200, 45, 3]]);
    const [padded] = await runPaddedBatch(run, 0, [[2, 1200, 45, 3], Array.from({ length: 40 }, () => 500)]);
    alone!.forEach((p, column) => expect(padded![column]).toBeCloseTo(p, 5));
  });
});
