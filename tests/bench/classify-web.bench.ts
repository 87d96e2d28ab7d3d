import type { ClassifyBenchResult } from '../../renderer/src/bench/protocol';
import { openBenchPage } from './chromium';
import { socialMediaTexts } from './classify-texts';
import type { Benchmark, BenchRow } from './types';

const TEXTS = 256;
const BATCH_SIZES = [1, 8, 32];

/** Texts per second of the bundled model in a Chromium worker (onnxruntime-web WASM), q8 and fp32, 1 thread and all threads. */
export const classifyWebBenchmark: Benchmark = {
  name: 'classify-web',
  summary: `bundled model in a Chromium worker (WASM q8 and fp32), ${TEXTS} texts, batch ${BATCH_SIZES.join('/')}`,
  async run(): Promise<BenchRow[]> {
    const app = await openBenchPage();
    try {
      const cores = await app.page.evaluate(() => navigator.hardwareConcurrency);
      const rows: BenchRow[] = [];
      const variants = [
        ...[...new Set([1, cores])].map((threads) => ({ threads, dtype: 'q8' as const })),
        ...[...new Set([1, cores])].map((threads) => ({ threads, dtype: 'fp32' as const })),
      ];
      for (const { threads, dtype } of variants) {
        const result = (await app.page.evaluate((config) => window.loupeBench!.classify(config), {
          texts: socialMediaTexts(TEXTS),
          threads,
          dtype,
          batchSizes: BATCH_SIZES,
          repeats: 3,
        })) as ClassifyBenchResult;
        for (const batchSize of BATCH_SIZES) {
          rows.push({
            bench: 'classify-web',
            case: `wasm ${dtype}, ${threads} thread${threads > 1 ? 's' : ''}, batch ${batchSize}`,
            metric: 'throughput',
            value: result.textsPerSecond[batchSize]!,
            unit: 'texts/s',
            note: result.crossOriginIsolated ? 'cross-origin isolated' : 'NOT isolated',
          });
        }
        rows.push({
          bench: 'classify-web',
          case: `wasm ${dtype}, ${threads} thread${threads > 1 ? 's' : ''}`,
          metric: 'model load',
          value: result.loadMs,
          unit: 'ms',
        });
      }
      return rows;
    } finally {
      await app.close();
    }
  },
};
