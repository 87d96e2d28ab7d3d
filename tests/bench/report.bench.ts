import { buildSummary } from '@core/export';
import { buildReport, renderReportHtml } from '@core/report';
import { THRESHOLDS, rateBySuffix, syntheticData } from '../unit/report/synthetic';
import { withPeakRss } from './memory';
import type { Benchmark, BenchRow } from './types';

const ITEMS = 100_000;
const RUNS = 5;

/** Time to compute the report model for 100,000 synthetic items with scores, reviews and links. */
export const reportBenchmark: Benchmark = {
  name: 'report',
  summary: `buildReport on ${ITEMS.toLocaleString('en')} synthetic items (median of ${RUNS} runs)`,
  async run(): Promise<BenchRow[]> {
    const data = syntheticData(ITEMS, 42);
    const build = () =>
      buildReport(data.items, data.exposures, data.scores, data.reviews, THRESHOLDS, {
        appVersion: 'bench',
        rateUrl: rateBySuffix,
      });
    build();
    const times: number[] = [];
    const cpu: number[] = [];
    const { peakRssMiB } = await withPeakRss(async () => {
      for (let run = 0; run < RUNS; run++) {
        const start = performance.now();
        const cpuStart = process.cpuUsage();
        build();
        times.push(performance.now() - start);
        const used = process.cpuUsage(cpuStart);
        cpu.push((used.user + used.system) / 1000);
      }
    });
    const report = build();
    const timed = (work: () => unknown): number => {
      const start = performance.now();
      work();
      return performance.now() - start;
    };
    const summaryMs = timed(() => buildSummary(report));
    const noisySummaryMs = timed(() => buildSummary(report, { epsilon: 1 }));
    const htmlMs = timed(() => renderReportHtml(report, 'en'));
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    const note = `${data.scores.length} scores, ${data.exposures.length} exposures`;
    return [
      {
        bench: 'report',
        case: '100k items',
        metric: 'buildReport median',
        value: times[Math.floor(RUNS / 2)]!,
        unit: 'ms',
        note,
      },
      {
        bench: 'report',
        case: '100k items',
        metric: 'buildReport CPU median',
        value: cpu[Math.floor(RUNS / 2)]!,
        unit: 'ms',
        note: 'process CPU time, less sensitive to a busy machine',
      },
      { bench: 'report', case: '100k items', metric: 'buildReport max', value: times[RUNS - 1]!, unit: 'ms' },
      { bench: 'report', case: '100k items', metric: 'peak RSS', value: peakRssMiB, unit: 'MiB' },
      { bench: 'report', case: '100k items', metric: 'buildSummary', value: summaryMs, unit: 'ms' },
      { bench: 'report', case: '100k items', metric: 'buildSummary ε=1', value: noisySummaryMs, unit: 'ms' },
      { bench: 'report', case: '100k items', metric: 'renderReportHtml', value: htmlMs, unit: 'ms' },
    ];
  },
};
