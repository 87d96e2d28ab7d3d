import { afterAll, describe, expect, it } from 'vitest';
import { extractArchive, openArchive, zipSource, type ExtractBatch } from '@core/archive';
import {
  extractFileBytes,
  OwnerCache,
  type ExtractPool,
  type FileJob,
  type FileRecords,
} from '@core/archive/file-work';
import { generateDemoExports, type DemoBundle } from '@core/demo';
import { availableParallelism } from 'node:os';
import { cliExtractPool, NodeExtractPool } from '../../../electron/node/extract-pool';

let bundle: DemoBundle | undefined;
const demo = async () => (bundle ??= await generateDemoExports());

/** Every batch of one import, in order; `pool` extracts the files (poolMinBytes 0: even the small demo). */
async function extractAll(key: string, pool?: ExtractPool): Promise<ExtractBatch[]> {
  const planted = (await demo()).exports.find((entry) => entry.manifest.key === key)!;
  const sources = planted.zips.map((zip) =>
    zipSource(new Blob([zip.bytes as Uint8Array<ArrayBuffer>]), zip.name, zip.bytes.length),
  );
  const opened = await openArchive(sources);
  if (!opened.ok) throw new Error(opened.error.message);
  const batches: ExtractBatch[] = [];
  try {
    // Small batches, so that batch boundaries are compared too.
    for await (const batch of extractArchive(opened.value, {
      batchSize: 50,
      poolMinBytes: 0,
      ...(pool ? { pool } : {}),
    }))
      batches.push(batch);
  } finally {
    await opened.value.close();
  }
  return batches;
}

/** A pool in this thread that finishes jobs in an order of its own (later jobs first), after a delay. */
class ShuffledPool implements ExtractPool {
  readonly size = 3;
  private readonly owners = new OwnerCache();
  jobs = 0;
  constructor(private readonly fail?: (job: FileJob) => boolean) {}

  async extract(job: FileJob, bytes: Uint8Array): Promise<FileRecords> {
    const delay = 8 - (this.jobs++ % 4) * 2;
    await new Promise((resolve) => setTimeout(resolve, delay));
    if (this.fail?.(job)) throw new Error('worker lost');
    return extractFileBytes(job, bytes, this.owners);
  }
}

const threads = new NodeExtractPool(2);
afterAll(() => threads.close());

describe('extract with a pool', () => {
  for (const key of ['instagram-json', 'instagram-html', 'facebook-json', 'facebook-html'] as const) {
    it(`gives exactly the serial batches (records, order, problems, summary) on ${key}, in worker threads`, async () => {
      const serial = await extractAll(key);
      const parallel = await extractAll(key, threads);
      expect(threads.workers).toBe(2);
      expect(serial.at(-1)!.summary!.items.total).toBeGreaterThan(0);
      // Field order too: the CLI writes records as JSON.
      expect(JSON.stringify(parallel)).toBe(JSON.stringify(serial));
    });
  }

  it('takes records in plan order whatever order the pool finishes them in', async () => {
    const pool = new ShuffledPool();
    const serial = await extractAll('instagram-json');
    const shuffled = await extractAll('instagram-json', pool);
    expect(pool.jobs).toBeGreaterThan(5);
    expect(JSON.stringify(shuffled)).toBe(JSON.stringify(serial));
  });

  it('skips and names a file whose extraction failed in the pool, and imports the rest', async () => {
    const lost = (job: FileJob) => job.path.endsWith('/message_1.json');
    const batches = await extractAll('instagram-json', new ShuffledPool(lost));
    const serial = (await extractAll('instagram-json')).at(-1)!.summary!;
    const summary = batches.at(-1)!.summary!;
    const problems = batches.flatMap((batch) => batch.problems);
    const unreadable = problems.filter((problem) => problem.reason === 'unreadable');
    expect(unreadable.length).toBeGreaterThan(0);
    expect(unreadable.every((problem) => problem.path.endsWith('/message_1.json'))).toBe(true);
    expect(unreadable[0]!.detail).toBe('the file could not be extracted (worker lost)');
    expect(summary.items.total).toBeGreaterThan(0);
    expect(summary.items.total).toBeLessThan(serial.items.total);
    expect(summary.filesRead).toBe(serial.filesRead - unreadable.length);
  });

  it('is not used below poolMinBytes', async () => {
    const pool = new ShuffledPool();
    const planted = (await demo()).exports.find((entry) => entry.manifest.key === 'facebook-json')!;
    const opened = await openArchive(
      planted.zips.map((zip) =>
        zipSource(new Blob([zip.bytes as Uint8Array<ArrayBuffer>]), zip.name, zip.bytes.length),
      ),
    );
    if (!opened.ok) throw new Error(opened.error.message);
    let records = 0;
    for await (const batch of extractArchive(opened.value, { pool, poolMinBytes: 2 ** 40 }))
      records += batch.items.length + batch.exposures.length;
    await opened.value.close();
    expect(records).toBeGreaterThan(0);
    expect(pool.jobs).toBe(0);
  });

  it('the CLI uses LOUPE_EXTRACT_THREADS workers, else one per extra core and two on two cores', () => {
    expect(cliExtractPool({ LOUPE_EXTRACT_THREADS: '0' })).toBeUndefined();
    expect(cliExtractPool({ LOUPE_EXTRACT_THREADS: '3' })?.size).toBe(3);
    const cores = availableParallelism();
    expect(cliExtractPool({})?.size).toBe(cores >= 2 ? Math.max(2, cores - 1) : undefined);
  });
});
