import {
  extractFileBytes,
  OwnerCache,
  unpackFileRecords,
  type ExtractPool,
  type FileJob,
  type FileRecords,
  type PoolRequest,
  type PoolResponse,
} from '../core/archive/file-work';

interface Pending {
  readonly job: FileJob;
  readonly bytes: Uint8Array;
  readonly resolve: (records: FileRecords) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  readonly worker: Worker;
  readonly pending: Map<number, Pending>;
  /** Whether the worker has answered once (it started). */
  answered: boolean;
}

/** Workers lost (each failing the files it held) before the pool extracts in the calling thread instead. */
const MAX_LOST = 4;

/**
 * Web Workers, started by the import worker, that extract files for `extractArchive`. Nothing starts until the first file arrives; `close()` ends them. Should workers fail
 * to start (a browser without nested workers), the files are extracted in the calling thread.
 */
export class WebExtractPool implements ExtractPool {
  readonly size: number;
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private lost = 0;
  private owners: OwnerCache | null = null;

  constructor(size: number) {
    this.size = Math.max(1, size);
  }

  /**
   * One worker per core beyond the import worker's, at most 4, on devices of three cores or more; none on
   * two, where the workers would compete with the import worker for the same cores (as measured in Node).
   */
  static forThisDevice(): WebExtractPool | undefined {
    const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1;
    return cores >= 3 ? new WebExtractPool(Math.min(4, cores - 1)) : undefined;
  }

  extract(job: FileJob, bytes: Uint8Array): Promise<FileRecords> {
    if (this.lost > MAX_LOST) return Promise.resolve(this.extractHere(job, bytes));
    const slot = this.leastBusy();
    if (!slot) return Promise.resolve(this.extractHere(job, bytes));
    const id = this.nextId++;
    // Copied, not transferred: a worker that fails to start gives its files back to this thread.
    const request: PoolRequest = { id, job, bytes };
    return new Promise<FileRecords>((resolve, reject) => {
      slot.pending.set(id, { job, bytes, resolve, reject });
      slot.worker.postMessage(request);
    });
  }

  private extractHere(job: FileJob, bytes: Uint8Array): FileRecords {
    return extractFileBytes(job, bytes, (this.owners ??= new OwnerCache()));
  }

  close(): void {
    for (const slot of this.slots.splice(0)) {
      slot.worker.terminate();
      this.fail(slot, new Error('the extract pool is closed'));
    }
  }

  private leastBusy(): Slot | null {
    if (this.slots.length < this.size) {
      let worker: Worker;
      try {
        worker = this.startWorker();
      } catch {
        // No workers here (a browser or policy without nested workers): extract in this thread.
        this.lost = Infinity;
        return null;
      }
      const slot: Slot = { worker, pending: new Map(), answered: false };
      this.slots.push(slot);
      return slot;
    }
    let best = this.slots[0]!;
    for (const slot of this.slots) if (slot.pending.size < best.pending.size) best = slot;
    return best;
  }

  private startWorker(): Worker {
    const worker = new Worker(new URL('./extract.worker.ts', import.meta.url), {
      type: 'module',
      name: 'extract',
    });
    worker.onmessage = (event: MessageEvent<PoolResponse>) => {
      const slot = this.slots.find((candidate) => candidate.worker === worker);
      const pending = slot?.pending.get(event.data.id);
      if (!slot || !pending) return;
      slot.pending.delete(event.data.id);
      slot.answered = true;
      pending.resolve(unpackFileRecords(event.data.packed, pending.job));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      const index = this.slots.findIndex((candidate) => candidate.worker === worker);
      if (index < 0) return;
      const slot = this.slots.splice(index, 1)[0]!;
      worker.terminate();
      this.lost++;
      if (slot.answered) this.fail(slot, new Error('the extract worker stopped'));
      else {
        // It never started (its script failed to load): its files are extracted here.
        this.lost = Infinity;
        for (const pending of slot.pending.values())
          pending.resolve(this.extractHere(pending.job, pending.bytes));
        slot.pending.clear();
      }
    };
    return worker;
  }

  private fail(slot: Slot, error: Error): void {
    const pending = [...slot.pending.values()];
    slot.pending.clear();
    for (const job of pending) job.reject(error);
  }
}
