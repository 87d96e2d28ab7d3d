import * as Comlink from 'comlink';
import type { Explanation } from '../../core/classify';
import type { ClassifyWorkerApi } from '../../workers/classify.worker';
import type { ImportWorkerApi, ImportRequest, ImportResult } from '../../workers/import.worker';
import type { RunOutcome, RunProgress } from '../../workers/progress';
import { platform } from '../../platform';
import { getSetting } from '../../db';
import { getDb } from './db';
import { runnableModelFolder } from './model-manifest';
import { createEngineSelector } from './native-classifier';
import { Store } from './store';
import { isUserModelFolder, listUserModels } from './user-models';

export interface EngineState {
  readonly importing: RunProgress | null;
  readonly classifying: RunProgress | null;
  readonly classification: 'idle' | 'running' | 'paused' | 'done';
  readonly lastImport: ImportResult | null;
  readonly error: string | null;
}

export const engineState = new Store<EngineState>({
  importing: null,
  classifying: null,
  classification: 'idle',
  lastImport: null,
  error: null,
});

const patch = (change: Partial<EngineState>) => engineState.set({ ...engineState.get(), ...change });

let classifyWorker: Comlink.Remote<ClassifyWorkerApi> | null = null;
let importWorker: Comlink.Remote<ImportWorkerApi> | null = null;

function classify(): Comlink.Remote<ClassifyWorkerApi> {
  classifyWorker ??= Comlink.wrap<ClassifyWorkerApi>(
    new Worker(new URL('../../workers/classify.worker.ts', import.meta.url), {
      type: 'module',
      name: 'classify',
    }),
  );
  return classifyWorker;
}

function importer(): Comlink.Remote<ImportWorkerApi> {
  importWorker ??= Comlink.wrap<ImportWorkerApi>(
    new Worker(new URL('../../workers/import.worker.ts', import.meta.url), {
      type: 'module',
      name: 'import',
    }),
  );
  return importWorker;
}

/**
 * Desktop: the native classifier (onnxruntime-node in a utility process), its loop on the page. Web, or
 * when the native process fails: the WASM worker.
 */
const engine = createEngineSelector({
  native: platform.classifier,
  worker: classify,
  db: getDb,
  onFallback: (error) => console.warn('Native classifier failed; using the WASM worker.', error),
  nativeCanLoad: (modelFolder) => !isUserModelFolder(modelFolder),
});

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The selected model's folder: a bundled model or one the user added; the bundled default otherwise. */
async function selectedFolder(): Promise<string> {
  const selected = await getSetting(await getDb(), 'selectedModelId').catch(() => null);
  const added = (await listUserModels().catch(() => [])).find((model) => model.id === selected);
  return added?.folder ?? runnableModelFolder(selected);
}

/**
 * Classifies every item the selected model has not scored (scores are keyed by item and model, so
 * switching models re-scores nothing already done); resumes a run a reload interrupted.
 */
export async function startClassification(): Promise<RunOutcome | null> {
  if (engineState.get().classification === 'running') return null;
  // Loading the model takes a few seconds: show the run at once.
  patch({
    classification: 'running',
    error: null,
    classifying: engineState.get().classifying ?? {
      phase: 'classifying',
      done: 0,
      total: 0,
      ratePerSecond: null,
      secondsLeft: null,
    },
  });
  try {
    const outcome = await engine.run(
      await selectedFolder(),
      Comlink.proxy((progress: RunProgress) => patch({ classifying: progress })),
    );
    patch({ classification: outcome === 'done' ? 'done' : outcome === 'paused' ? 'paused' : 'idle' });
    return outcome;
  } catch (error) {
    patch({ classification: 'idle', error: message(error) });
    return null;
  }
}

export async function pauseClassification(): Promise<void> {
  await engine.stop('pause');
}

export async function cancelClassification(): Promise<void> {
  await engine.stop('cancel');
  patch({ classifying: null });
}

export async function explain(text: string): Promise<Explanation> {
  return engine.explain(await selectedFolder(), text);
}

/** Which engine classifies: the desktop's native classifier, or the WASM worker. */
export function classificationEngine(): Promise<'native' | 'worker'> {
  return engine.kind();
}

export async function classifierThreads(): Promise<number> {
  return classify().threads();
}

/** Imports archives (files, a folder's files, or the demo), then classifies what they added. */
export async function runImport(request: ImportRequest): Promise<ImportResult | null> {
  patch({
    error: null,
    importing: { phase: 'importing', done: 0, total: 0, ratePerSecond: null, secondsLeft: null },
  });
  try {
    const result = await importer().run(
      request,
      Comlink.proxy((progress: RunProgress) => patch({ importing: progress })),
    );
    patch({ importing: null, lastImport: result });
    if (result.imported.length > 0) void startClassification();
    return result;
  } catch (error) {
    patch({ importing: null, error: message(error) });
    return null;
  }
}

/** Closes the workers' database connections (before "delete everything"). */
export async function closeWorkers(): Promise<void> {
  await engine.stop('pause');
  await Promise.all([classifyWorker?.close(), importWorker?.close()]);
  patch({ classifying: null, importing: null, classification: 'idle' });
}
