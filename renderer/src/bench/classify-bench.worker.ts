import * as Comlink from 'comlink';
import { classifyWithEngine } from '../core/classify/engine';
import { loadTransformersEngine } from '../core/classify';
import { browserClassifierHost } from '../workers/browser-classifier-host';
import type { ClassifyBenchConfig, ClassifyBenchResult } from './protocol';

/** One worker per thread count: onnxruntime-web fixes its thread pool when the first session starts. */
const api = {
  async run(config: ClassifyBenchConfig): Promise<ClassifyBenchResult> {
    const base = browserClassifierHost('loupe-mini');
    const loadStart = performance.now();
    const textsPerSecond: Record<number, number> = {};
    const inputs = config.texts.map((text) => ({ text }));
    let loadMs = 0;
    for (const batchSize of config.batchSizes) {
      const { engine, dispose } = await loadTransformersEngine({
        ...base,
        dtype: config.dtype,
        wasm: { ...base.wasm!, numThreads: config.threads },
        batchPlan: { maxBatchSize: batchSize, maxBatchTokens: batchSize * 128 },
      });
      if (loadMs === 0) loadMs = performance.now() - loadStart;
      await classifyWithEngine(engine, inputs.slice(0, 32));
      let best = Infinity;
      for (let round = 0; round < config.repeats; round++) {
        const start = performance.now();
        await classifyWithEngine(engine, inputs);
        best = Math.min(best, performance.now() - start);
      }
      textsPerSecond[batchSize] = inputs.length / (best / 1000);
      await dispose();
    }
    return {
      threads: config.threads,
      crossOriginIsolated: globalThis.crossOriginIsolated,
      loadMs,
      textsPerSecond,
    };
  },
};

export type ClassifyBenchWorker = typeof api;
Comlink.expose(api);
