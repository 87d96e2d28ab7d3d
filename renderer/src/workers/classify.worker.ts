import * as Comlink from 'comlink';
import { sharedClassifier, type Classifier, type Explanation } from '../core/classify';
import { openLoupeDb, type LoupeDb } from '../db';
import { browserClassifierHost } from './browser-classifier-host';
import { runClassification } from './classification-loop';
import { userModelHost } from './user-model-host';
import { findUserModel } from '../ui/services/user-models';
import type { RunOutcome, RunProgress } from './progress';

let db: Promise<LoupeDb> | null = null;
let running: { controller: AbortController; done: Promise<RunOutcome> } | null = null;

const database = () => (db ??= openLoupeDb());
/** A bundled model from the app's origin, or one the user added from Cache Storage. */
async function classifierFor(modelFolder: string): Promise<Classifier> {
  const added = await findUserModel(modelFolder);
  return sharedClassifier(added ? await userModelHost(added) : browserClassifierHost(modelFolder));
}

/**
 * The one long-lived classification worker: WASM memory never shrinks, so the page keeps a single
 * worker (and one model copy) for the whole session.
 */
const api = {
  async threads(): Promise<number> {
    return browserClassifierHost('').wasm?.numThreads ?? 1;
  },
  /** Starts or resumes classifying every unscored item; resolves when the run stops. */
  async run(modelFolder: string, onProgress: (progress: RunProgress) => void): Promise<RunOutcome> {
    if (running) return running.done;
    const controller = new AbortController();
    const done = (async () => {
      const classifier = await classifierFor(modelFolder);
      return runClassification(await database(), classifier, { signal: controller.signal, onProgress });
    })();
    running = { controller, done };
    try {
      return await done;
    } finally {
      running = null;
    }
  },
  /** Stops after the current batch; `cancel` also forgets the run. */
  async stop(reason: 'pause' | 'cancel'): Promise<RunOutcome | null> {
    if (!running) return null;
    running.controller.abort(reason);
    return running.done;
  },
  async explain(modelFolder: string, text: string): Promise<Explanation> {
    return (await classifierFor(modelFolder)).explain(text);
  },
  /** Closes the database connection, e.g. before "delete everything". */
  async close(): Promise<void> {
    if (running) {
      running.controller.abort('pause');
      await running.done.catch(() => undefined);
    }
    (await db)?.close();
    db = null;
  },
};

export type ClassifyWorkerApi = typeof api;
Comlink.expose(api);
