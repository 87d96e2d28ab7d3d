import { extractArchive, openArchive } from '@core/archive';
import { cliExtractPool, NodeExtractPool } from '../../electron/node/extract-pool';
import { sourcesFromPaths } from '../../electron/node/open-paths';
import { withPeakRss } from './memory';

/**
 * Runs one import in a fresh process (so the generator's memory does not count) and prints its figures.
 * Extracts as `loupe extract` does (see cliExtractPool), or with `--threads N` worker threads (0: none).
 */
const args = process.argv.slice(2);
const threadsAt = args.indexOf('--threads');
const threads = threadsAt >= 0 ? Number(args.splice(threadsAt, 2)[1]) : null;
const paths = args;
const started = performance.now();
const cpuBefore = process.cpuUsage();
const { result, peakRssMiB } = await withPeakRss(async () => {
  const sources = await sourcesFromPaths(paths);
  if (!Array.isArray(sources)) throw new Error(sources.message);
  const opened = await openArchive(sources);
  if (!opened.ok) throw new Error(opened.error.message);
  const pool = threads === null ? cliExtractPool() : threads > 0 ? new NodeExtractPool(threads) : undefined;
  let records = 0;
  let filesRead = 0;
  let media = 0;
  try {
    for await (const batch of extractArchive(opened.value, pool ? { pool } : {})) {
      records += batch.items.length + batch.exposures.length;
      if (batch.summary) {
        filesRead = batch.summary.filesRead;
        media = batch.summary.mediaSkipped.count;
      }
    }
  } finally {
    await pool?.close();
    await opened.value.close();
  }
  return { records, filesRead, media };
});
const cpu = process.cpuUsage(cpuBefore);
console.log(
  JSON.stringify({
    seconds: (performance.now() - started) / 1000,
    // All threads of the process (the pool's workers included), not the bundler's child process.
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakRssMiB,
    ...result,
  }),
);
