import type { Classifier, ClassifyInput, ClassifyOutput, Explanation } from '../../core/classify';
import type { LoupeDb } from '../../db';
import type { NativeClassifierApi } from '../../../../electron/preload/api';
import { runClassification } from '../../workers/classification-loop';
import type { RunOutcome, RunProgress } from '../../workers/progress';

/** The preload accepts at most this many texts per `classify` call. */
export const NATIVE_MAX_TEXTS_PER_CALL = 512;

/** The desktop's onnxruntime-node classifier, seen through the preload, as the core's `Classifier`. */
export async function nativeClassifier(api: NativeClassifierApi, modelFolder: string): Promise<Classifier> {
  const manifest = await api.describe(modelFolder);
  return {
    modelId: manifest.modelId,
    manifest,
    async classify(inputs: readonly ClassifyInput[]): Promise<ClassifyOutput[]> {
      const outputs: ClassifyOutput[] = [];
      for (let start = 0; start < inputs.length; start += NATIVE_MAX_TEXTS_PER_CALL) {
        const chunk = inputs.slice(start, start + NATIVE_MAX_TEXTS_PER_CALL).map(({ text }) => ({ text }));
        outputs.push(...(await api.classify(modelFolder, chunk)));
      }
      return outputs;
    },
    explain: (text) => api.explain(modelFolder, text),
    // The utility process owns the model; the renderer has nothing to free.
    dispose: async () => undefined,
  };
}

/** What the page needs from the WASM classification worker (a subset of `ClassifyWorkerApi`). */
export interface WorkerEngine {
  run(modelFolder: string, onProgress: (progress: RunProgress) => void): Promise<RunOutcome>;
  stop(reason: 'pause' | 'cancel'): Promise<RunOutcome | null>;
  explain(modelFolder: string, text: string): Promise<Explanation>;
}

export interface EngineSelectorDeps {
  readonly native: NativeClassifierApi;
  /** Created only when needed: a desktop session with a working native classifier never starts the worker. */
  readonly worker: () => WorkerEngine;
  /** The page's database connection (the native loop runs on the page). */
  readonly db: () => Promise<LoupeDb>;
  /** Told once when the native classifier fails and the worker takes over. */
  readonly onFallback?: (error: unknown) => void;
  /**
   * Whether the native classifier can load this model folder (default: all). Models the user added live
   * in the page's Cache Storage, which the utility process cannot read: the worker runs them.
   */
  readonly nativeCanLoad?: (modelFolder: string) => boolean;
}

export type EngineKind = 'native' | 'worker';

/**
 * Picks the classification engine: the native classifier when the platform has one that works, else the
 * WASM worker. A native failure (process crash, runtime error) switches to the worker for the rest of the
 * session; the run's state is in the database, so the worker resumes where the native loop stopped.
 */
export function createEngineSelector(deps: EngineSelectorDeps) {
  let nativeState: 'unknown' | 'usable' | 'failed' = 'unknown';
  let nativeRun: { controller: AbortController; done: Promise<RunOutcome> } | null = null;
  let workerRuns = 0;
  const nativeFor = async (modelFolder: string) =>
    (deps.nativeCanLoad?.(modelFolder) ?? true) && (await nativeUsable());

  const nativeUsable = async (): Promise<boolean> => {
    if (nativeState === 'unknown') {
      const available = await deps.native.available().catch(() => false);
      // A concurrent failure may have settled the question meanwhile.
      if (nativeState === 'unknown') nativeState = available ? 'usable' : 'failed';
    }
    return nativeState === 'usable';
  };

  const fallBack = (error: unknown) => {
    if (nativeState !== 'failed') deps.onFallback?.(error);
    nativeState = 'failed';
  };

  const runNative = async (modelFolder: string, onProgress: (p: RunProgress) => void) => {
    const controller = new AbortController();
    const done = (async () => {
      const classifier = await nativeClassifier(deps.native, modelFolder);
      return runClassification(await deps.db(), classifier, { signal: controller.signal, onProgress });
    })();
    nativeRun = { controller, done };
    try {
      return await done;
    } finally {
      nativeRun = null;
    }
  };

  return {
    /** Which engine the next call uses. */
    async kind(): Promise<EngineKind> {
      return (await nativeUsable()) ? 'native' : 'worker';
    },
    async run(modelFolder: string, onProgress: (progress: RunProgress) => void): Promise<RunOutcome> {
      if (nativeRun) return nativeRun.done;
      if (await nativeFor(modelFolder)) {
        try {
          return await runNative(modelFolder, onProgress);
        } catch (error) {
          fallBack(error);
        }
      }
      workerRuns++;
      try {
        return await deps.worker().run(modelFolder, onProgress);
      } finally {
        workerRuns--;
      }
    },
    async stop(reason: 'pause' | 'cancel'): Promise<RunOutcome | null> {
      if (nativeRun) {
        nativeRun.controller.abort(reason);
        return nativeRun.done.catch(() => null);
      }
      // Nothing ran on the worker unless the native classifier is unavailable, failed, or cannot load the model.
      return nativeState === 'failed' || workerRuns > 0 ? deps.worker().stop(reason) : null;
    },
    async explain(modelFolder: string, text: string): Promise<Explanation> {
      if (await nativeFor(modelFolder)) {
        try {
          return await deps.native.explain(modelFolder, text);
        } catch (error) {
          fallBack(error);
        }
      }
      return deps.worker().explain(modelFolder, text);
    },
  };
}

export type EngineSelector = ReturnType<typeof createEngineSelector>;
