import type { ClassifyInput, ClassifyOutput, Explanation, ModelManifest } from '@core/classify';
import { isClassifierReply, type ClassifierReply, type ClassifierRequest } from '../classifier/protocol';

/** The classifier process as the main process sees it (a utility process, or a forked child in tests). */
export interface ClassifierPort {
  postMessage(request: ClassifierRequest): void;
  onMessage(listener: (data: unknown) => void): void;
  onExit(listener: () => void): void;
  kill(): void;
}

type Pending = { resolve: (reply: ClassifierReply) => void; reject: (error: Error) => void };

/** After this many unexpected exits the desktop classifier reports itself unavailable. */
export const MAX_CLASSIFIER_CRASHES = 3;

/**
 * Starts the classifier process on first use, matches replies to requests by id, fails the requests
 * in flight when the process dies, and starts a fresh one for the next request.
 */
export class ClassifierClient {
  readonly #spawn: () => ClassifierPort;
  readonly #pending = new Map<number, Pending>();
  #port: ClassifierPort | null = null;
  #nextId = 1;
  #crashes = 0;
  #disposed = false;

  constructor(spawn: () => ClassifierPort) {
    this.#spawn = spawn;
  }

  async available(): Promise<boolean> {
    if (this.#crashes >= MAX_CLASSIFIER_CRASHES || this.#disposed) return false;
    try {
      const reply = await this.#send((id) => ({ type: 'probe', id }));
      return reply.type === 'probed' && reply.available;
    } catch {
      return false;
    }
  }

  /** Loads the model (if not loaded yet) and returns its manifest: labels, thresholds, languages. */
  async describe(modelFolder: string): Promise<ModelManifest> {
    const reply = await this.#send((id) => ({ type: 'describe', id, modelFolder }));
    if (reply.type !== 'described') throw this.#failure(reply);
    return reply.manifest;
  }

  async classify(modelFolder: string, inputs: readonly ClassifyInput[]): Promise<ClassifyOutput[]> {
    const reply = await this.#send((id) => ({ type: 'classify', id, modelFolder, inputs }));
    if (reply.type !== 'classified') throw this.#failure(reply);
    return [...reply.outputs];
  }

  async explain(modelFolder: string, text: string): Promise<Explanation> {
    const reply = await this.#send((id) => ({ type: 'explain', id, modelFolder, text }));
    if (reply.type !== 'explained') throw this.#failure(reply);
    return reply.explanation;
  }

  dispose(): void {
    this.#disposed = true;
    const port = this.#port;
    this.#port = null;
    port?.kill();
    this.#rejectPending('the classifier was shut down');
  }

  #rejectPending(reason: string): void {
    const failed = [...this.#pending.values()];
    this.#pending.clear();
    for (const pending of failed) pending.reject(new Error(reason));
  }

  #failure(reply: ClassifierReply): Error {
    return new Error(reply.type === 'failed' ? reply.error : `unexpected classifier reply ${reply.type}`);
  }

  #send(request: (id: number) => ClassifierRequest): Promise<ClassifierReply> {
    if (this.#disposed) return Promise.reject(new Error('the classifier was shut down'));
    if (this.#crashes >= MAX_CLASSIFIER_CRASHES) {
      return Promise.reject(new Error('the desktop classifier keeps crashing; use the in-page one'));
    }
    const port = this.#ensurePort();
    const id = this.#nextId++;
    return new Promise<ClassifierReply>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      port.postMessage(request(id));
    });
  }

  #ensurePort(): ClassifierPort {
    if (this.#port) return this.#port;
    const port = this.#spawn();
    port.onMessage((data) => {
      if (!isClassifierReply(data)) return;
      const pending = this.#pending.get(data.id);
      this.#pending.delete(data.id);
      pending?.resolve(data);
    });
    port.onExit(() => {
      if (this.#port !== port) return;
      this.#port = null;
      if (!this.#disposed) this.#crashes += 1;
      this.#rejectPending('the classifier process exited');
    });
    this.#port = port;
    return port;
  }
}
