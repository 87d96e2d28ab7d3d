import { classifyBenchmark } from './classify.bench';
import { reportBenchmark } from './report.bench';
import { importBenchmark } from './import.bench';
import { classifyWebBenchmark } from './classify-web.bench';
import { storageBenchmark } from './storage.bench';
import type { Benchmark } from './types';

/** Every benchmark `npm run bench` knows, in the order it runs them. */
export const BENCHMARKS: readonly Benchmark[] = [
  importBenchmark,
  reportBenchmark,
  classifyBenchmark,
  classifyWebBenchmark,
  storageBenchmark,
];
