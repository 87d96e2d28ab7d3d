import { availableParallelism } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import {
  extractFileBytes,
  OwnerCache,
  unpackFileRecords,
  type ExtractPool,
  type FileJob,
  type FileRecords,
  type PoolRequest,
  type PoolResponse,
} from '@core/archive/file-work';

interface Pending {
  readonly job: FileJob;
  readonly resolve: (records: FileRecords) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  readonly pending: Map<number, Pending>;
}

const WORKER_PATH = fileURLToPath(new URL('./extract-pool-worker.ts', import.meta.url));

/** Workers replaced (each failing the files it held) before the pool gives up on threads. */
const MAX_RESTARTS = 4;

let workerCode: Promise<string> | null = null;

/**
 * The worker's code as one CommonJS script. The worker is TypeScript, like the CLI, and Node 20's workers
 * do not inherit the tsx loader the CLI runs under; registering it in each worker costs about 0.4 s of CPU,
 * bundling once with esbuild a small part of that.
 */
function bundleWorker(): Promise<string> {
  workerCode ??= build({
    entryPoints: [WORKER_PATH],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text);
  return workerCode;
}

/**
 * The pool the CLI imports with: `LOUPE_EXTRACT_THREADS` workers when set (0: none), else one per core beyond
 * the importing thread's, and two on a two-core machine: there the importing thread mostly waits, and two
 * workers took the 200 MB JSON import from 34-37 to 41-44 MB/s on an idle 2-core VM (README, Benchmarks), for
 * about 30 % more CPU and 460 MiB peak RSS instead of 280-300. Exports under 16 MiB of text never start it.
 */
export function cliExtractPool(env: NodeJS.ProcessEnv = process.env): NodeExtractPool | undefined {
  const asked = env.LOUPE_EXTRACT_THREADS;
  const threads =
    asked !== undefined && /^\d+$/.test(asked.trim())
      ? Number(asked)
      : availableParallelism() >= 2
        ? Math.max(2, availableParallelism() - 1)
        : 0;
  return threads > 0 ? new NodeExtractPool(Math.min(threads, 16)) : undefined;
}

/**
 * Worker threads that extract files for `extractArchive` (one per core by default), each taking the next
 * file when it has the fewest waiting. Nothing starts until the first file arrives; `close()` ends them.
 */
export class NodeExtractPool implements ExtractPool {
  readonly size: number;
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private closed = false;
  private restarts = 0;
  private owners: OwnerCache | null = null;
  private code: string | null = null;

  constructor(size = availableParallelism()) {
    this.size = Math.max(1, size);
  }

  async extract(job: FileJob, bytes: Uint8Array): Promise<FileRecords> {
    if (this.code === null) {
      const code = await bundleWorker().catch(() => null);
      // Without a bundler (a stripped installation), the files are extracted in this thread.
      if (code === null) this.restarts = Infinity;
      this.code = code ?? '';
    }
    if (this.closed) throw new Error('the extract pool is closed');
    // Workers that keep dying (a broken installation, say): the files are extracted in this thread instead.
    if (this.restarts > MAX_RESTARTS) return extractFileBytes(job, bytes, (this.owners ??= new OwnerCache()));
    const slot = this.leastBusy();
    const id = this.nextId++;
    // The buffer moves to the worker; a view into a larger buffer is copied first (posting a view would copy
    // its whole buffer).
    const own =
      bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
    const request: PoolRequest = { id, job, bytes: own };
    return new Promise<FileRecords>((resolve, reject) => {
      slot.pending.set(id, { job, resolve, reject });
      slot.worker.ref();
      slot.worker.postMessage(request, own.buffer instanceof ArrayBuffer ? [own.buffer] : []);
    });
  }

  /** Worker threads running now (they start with the first file). */
  get workers(): number {
    return this.slots.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots.splice(0);
    for (const slot of slots) this.fail(slot, new Error('the extract pool is closed'));
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private leastBusy(): Slot {
    if (this.slots.length < this.size) {
      const slot: Slot = { worker: this.startWorker(), pending: new Map() };
      this.slots.push(slot);
      return slot;
    }
    let best = this.slots[0]!;
    for (const slot of this.slots) if (slot.pending.size < best.pending.size) best = slot;
    return best;
  }

  private startWorker(): Worker {
    // The workers' heaps get the same limit as this one's (`--max-old-space-size`): a file too big for it
    // ends its worker only, and is skipped and named, instead of ending the process.
    const worker = new Worker(this.code!, {
      eval: true,
      // A young generation of V8's usual size, whatever `--max-semi-space-size` the CLI runs with: the larger
      // one saves no CPU in a worker, and three of them took the 200 MB import's peak RSS to 485 MiB.
      resourceLimits: {
        maxOldGenerationSizeMb: Math.ceil(getHeapStatistics().heap_size_limit / 2 ** 20),
        maxYoungGenerationSizeMb: 48,
      },
    });
    worker.on('message', (response: PoolResponse) => {
      const slot = this.slots.find((candidate) => candidate.worker === worker);
      const pending = slot?.pending.get(response.id);
      if (!slot || !pending) return;
      slot.pending.delete(response.id);
      if (slot.pending.size === 0) worker.unref();
      pending.resolve(unpackFileRecords(response.packed, pending.job));
    });
    // A worker that dies (out of memory, say) fails the files it held; a fresh one takes its place.
    const replace = (error: Error) => {
      const slot = this.slots.find((candidate) => candidate.worker === worker);
      if (!slot) return;
      this.fail(slot, error);
      if (++this.restarts > MAX_RESTARTS) this.slots.splice(this.slots.indexOf(slot), 1);
      else slot.worker = this.startWorker();
    };
    worker.on('error', (error) => replace(error));
    worker.on('exit', (code) => replace(new Error(`the extract worker stopped (exit code ${code})`)));
    // An idle worker does not keep the process alive; one with files to extract does.
    worker.unref();
    return worker;
  }

  private fail(slot: Slot, error: Error): void {
    const pending = [...slot.pending.values()];
    slot.pending.clear();
    for (const job of pending) job.reject(error);
  }
}
