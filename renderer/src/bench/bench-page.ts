import * as Comlink from 'comlink';
import type { ClassifyBenchWorker } from './classify-bench.worker';
import type { LoupeBench } from './protocol';
import { reviewOneItem, storageBench } from './storage-bench';

window.loupeBench = {
  async classify(config) {
    const worker = new Worker(new URL('./classify-bench.worker.ts', import.meta.url), { type: 'module' });
    try {
      return await Comlink.wrap<ClassifyBenchWorker>(worker).run(config);
    } finally {
      worker.terminate();
    }
  },
  storage: storageBench,
  reviewOneItem,
} satisfies LoupeBench;
