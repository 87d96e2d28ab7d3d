import { spawnSync } from 'node:child_process';
import { closeSync, fsyncSync, mkdtempSync, openSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Benchmark, BenchRow } from './types';
import { writeJsonHeavyExport, writeMediaHeavyExport } from './import-generate';

const MEDIA_BYTES = 2 * 10 ** 9;
const JSON_BYTES = 200 * 10 ** 6;

interface ChildFigures {
  seconds: number;
  cpuSeconds: number;
  peakRssMiB: number;
  records: number;
  filesRead: number;
  media: number;
}

/** Flushes the generated file to disk first, so that write-back does not compete with the measured import. */
function importInChild(path: string, threads?: number): ChildFigures {
  const fd = openSync(path, 'r+');
  fsyncSync(fd);
  closeSync(fd);
  const child = spawnSync(
    process.execPath,
    [
      // The flags of `npm run loupe` (package.json): a larger young generation, about 18 % less CPU here.
      '--max-semi-space-size=64',
      '--import',
      'tsx',
      resolve(import.meta.dirname, 'import-child.ts'),
      path,
      ...(threads === undefined ? [] : ['--threads', String(threads)]),
    ],
    {
      encoding: 'utf8',
      maxBuffer: 2 ** 20,
    },
  );
  if (child.status !== 0) throw new Error(`import failed: ${child.stderr.slice(-2000)}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as ChildFigures;
}

/** `npm run bench -- import`: a ~2 GB media-heavy export and a 200 MB-of-JSON export, generated then deleted. */
export const importBenchmark: Benchmark = {
  name: 'import',
  summary: 'archive import (extract) of a generated 2 GB media-heavy export and a 200 MB JSON export',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'loupe-bench-import-'));
    const rows: BenchRow[] = [];
    try {
      const mediaPath = join(dir, 'instagram-media-heavy.zip');
      const media = await writeMediaHeavyExport(mediaPath, MEDIA_BYTES);
      const mediaZipBytes = statSync(mediaPath).size;
      const mediaRun = importInChild(mediaPath);
      const mediaCase = `media-heavy ${(mediaZipBytes / 1e9).toFixed(2)} GB, ${media.mediaFiles} media`;
      const row = (kase: string, metric: string, value: number, unit: string, note?: string): BenchRow => ({
        bench: 'import',
        case: kase,
        metric,
        value,
        unit,
        ...(note ? { note } : {}),
      });
      rows.push(
        row(mediaCase, 'time', mediaRun.seconds, 's', 'target < 15 s'),
        row(mediaCase, 'CPU time', mediaRun.cpuSeconds, 's', 'user + system'),
        row(mediaCase, 'archive throughput', mediaZipBytes / 1e6 / mediaRun.seconds, 'MB/s'),
        row(mediaCase, 'peak RSS', mediaRun.peakRssMiB, 'MiB', 'target < 300 MiB'),
        row(mediaCase, 'records', mediaRun.records, 'records', `${mediaRun.media} media skipped`),
      );
      rmSync(mediaPath);

      const jsonPath = join(dir, 'instagram-json-heavy.zip');
      const json = await writeJsonHeavyExport(jsonPath, JSON_BYTES);
      const jsonRun = importInChild(jsonPath);
      const jsonCase = `JSON ${(json.jsonBytes / 1e6).toFixed(0)} MB in ${jsonRun.filesRead} files`;
      const megabytes = json.jsonBytes / 1e6;
      rows.push(
        row(jsonCase, 'time', jsonRun.seconds, 's'),
        row(jsonCase, 'CPU time', jsonRun.cpuSeconds, 's', 'user + system'),
        row(jsonCase, 'JSON throughput', megabytes / jsonRun.seconds, 'MB/s', 'target >= 40 MB/s'),
        row(
          jsonCase,
          'JSON per CPU second',
          megabytes / jsonRun.cpuSeconds,
          'MB/s',
          'independent of other load',
        ),
        row(jsonCase, 'peak RSS', jsonRun.peakRssMiB, 'MiB'),
        row(jsonCase, 'records', jsonRun.records, 'records'),
      );
      // The same import in the importing thread alone, in the same conditions (the rows above use the CLI's
      // default: extraction worker threads on two cores or more, see cliExtractPool).
      const serial = importInChild(jsonPath, 0);
      rows.push(
        row(jsonCase, 'time, no worker thread', serial.seconds, 's'),
        row(jsonCase, 'CPU time, no worker thread', serial.cpuSeconds, 's'),
        row(jsonCase, 'JSON throughput, no worker thread', megabytes / serial.seconds, 'MB/s'),
        row(jsonCase, 'peak RSS, no worker thread', serial.peakRssMiB, 'MiB'),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return rows;
  },
};
