import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Classifier, Explanation } from '@core/classify';
import { writeImportChunk, type LoupeDb } from '../../../renderer/src/db';
import type { NativeClassifierApi } from '../../../electron/preload/api';
import {
  createEngineSelector,
  nativeClassifier,
  NATIVE_MAX_TEXTS_PER_CALL,
  type WorkerEngine,
} from '../../../renderer/src/ui/services/native-classifier';
import type { RunOutcome } from '../../../renderer/src/workers/progress';
import { bundledClassifier } from '../classify/bundled-model';
import { ARCHIVE_A, beginArchive, makeItem, openTestDb } from '../db/fixtures';

const FOLDER = 'loupe-mini';
let real: Classifier;
let db: LoupeDb;

beforeAll(async () => {
  real = await bundledClassifier();
});
afterEach(async () => db?.delete());

/** The preload's classifier as the desktop has it, backed by the real core classifier in this process. */
function nativeDouble(options: { available?: boolean; failAfterCalls?: number } = {}) {
  const calls = { classify: 0, explain: 0, textsPerCall: [] as number[] };
  const api: NativeClassifierApi = {
    available: async () => options.available ?? true,
    describe: async () => real.manifest,
    classify: async (_folder, inputs) => {
      if (inputs.length > NATIVE_MAX_TEXTS_PER_CALL) throw new Error('too many texts for one call');
      if (options.failAfterCalls !== undefined && calls.classify >= options.failAfterCalls) {
        throw new Error('the classifier process exited');
      }
      calls.classify++;
      calls.textsPerCall.push(inputs.length);
      return real.classify(inputs);
    },
    explain: async (_folder, text) => {
      calls.explain++;
      return real.explain(text);
    },
  };
  return { api, calls };
}

/** The WASM worker's API, counting what the page asked of it; its loop is the same real one. */
function workerDouble(database: () => Promise<LoupeDb>) {
  const calls = { created: 0, run: 0, explain: 0, stop: 0 };
  let engine: WorkerEngine | null = null;
  const create = (): WorkerEngine => {
    if (engine) return engine;
    calls.created++;
    engine = {
      run: async (folder, onProgress): Promise<RunOutcome> => {
        calls.run++;
        const { runClassification } = await import('../../../renderer/src/workers/classification-loop');
        return runClassification(await database(), real, { onProgress });
      },
      stop: async () => {
        calls.stop++;
        return null;
      },
      explain: async (_folder, text): Promise<Explanation> => {
        calls.explain++;
        return real.explain(text);
      },
    };
    return engine;
  };
  return { create, calls };
}

async function importTexts(count: number): Promise<void> {
  await beginArchive(db, ARCHIVE_A);
  const texts = ['They are all liars and traitors', 'Lovely photo of the lake!', 'Bonjour à tous'];
  await writeImportChunk(db, {
    archiveId: ARCHIVE_A,
    items: Array.from({ length: count }, (_, i) => makeItem(ARCHIVE_A, i, `${texts[i % 3]} ${i}`)),
    exposures: [],
  });
}

describe('engine selection', () => {
  it('uses the native classifier when the platform has one, and never starts the worker', async () => {
    db = await openTestDb();
    await importTexts(40);
    const native = nativeDouble();
    const worker = workerDouble(async () => db);
    const engine = createEngineSelector({ native: native.api, worker: worker.create, db: async () => db });
    expect(await engine.kind()).toBe('native');
    expect(await engine.run(FOLDER, () => undefined)).toBe('done');
    expect(await db.scores.where('modelId').equals(real.modelId).count()).toBe(40);
    expect(native.calls.classify).toBeGreaterThan(0);
    const why = await engine.explain(FOLDER, 'They are all liars and traitors');
    expect(why.words.length).toBe(6);
    expect(native.calls.explain).toBe(1);
    expect(worker.calls.created).toBe(0);
  });

  it('uses the worker when the platform has no native classifier (web build)', async () => {
    db = await openTestDb();
    await importTexts(10);
    const native = nativeDouble({ available: false });
    const worker = workerDouble(async () => db);
    const engine = createEngineSelector({ native: native.api, worker: worker.create, db: async () => db });
    expect(await engine.kind()).toBe('worker');
    expect(await engine.run(FOLDER, () => undefined)).toBe('done');
    await engine.explain(FOLDER, 'hello there my friend');
    expect(worker.calls).toMatchObject({ run: 1, explain: 1 });
    expect(native.calls.classify + native.calls.explain).toBe(0);
  });

  it('falls back to the worker when the native process fails mid-run; every item is scored once', async () => {
    db = await openTestDb();
    // More than one step of the loop (512 items), so the native side fails after scoring some.
    await importTexts(600);
    const native = nativeDouble({ failAfterCalls: 1 });
    const worker = workerDouble(async () => db);
    const fallbacks: unknown[] = [];
    const engine = createEngineSelector({
      native: native.api,
      worker: worker.create,
      db: async () => db,
      onFallback: (error) => fallbacks.push(error),
    });
    expect(await engine.run(FOLDER, () => undefined)).toBe('done');
    expect(native.calls.classify).toBe(1);
    expect(worker.calls.run).toBe(1);
    expect(fallbacks).toHaveLength(1);
    expect(await engine.kind()).toBe('worker');
    const scores = await db.scores.where('modelId').equals(real.modelId).toArray();
    expect(scores).toHaveLength(600);
    expect(new Set(scores.map((score) => score.itemId)).size).toBe(600);
  });

  it('runs a model the native classifier cannot load on the worker, without giving up on native', async () => {
    db = await openTestDb();
    await importTexts(10);
    const native = nativeDouble();
    const worker = workerDouble(async () => db);
    const engine = createEngineSelector({
      native: native.api,
      worker: worker.create,
      db: async () => db,
      nativeCanLoad: (folder) => !folder.startsWith('user-'),
    });
    expect(await engine.run('user-added', () => undefined)).toBe('done');
    await engine.explain('user-added', 'hello there my friend');
    expect(worker.calls).toMatchObject({ run: 1, explain: 1 });
    expect(native.calls.classify + native.calls.explain).toBe(0);
    // The bundled model still runs natively, and the worker was not told to stop a run it did not have.
    expect(await engine.kind()).toBe('native');
    expect(await engine.stop('pause')).toBeNull();
    expect(worker.calls.stop).toBe(0);
    await engine.explain(FOLDER, 'hello there my friend');
    expect(native.calls.explain).toBe(1);
  });

  it('treats a platform whose availability check throws as unavailable', async () => {
    db = await openTestDb();
    const native = nativeDouble();
    const throwing: NativeClassifierApi = {
      ...native.api,
      available: async () => {
        throw new Error('no preload');
      },
    };
    const worker = workerDouble(async () => db);
    const engine = createEngineSelector({ native: throwing, worker: worker.create, db: async () => db });
    expect(await engine.kind()).toBe('worker');
  });
});

describe('nativeClassifier', () => {
  it('splits large inputs into calls of at most 512 texts and keeps their order', async () => {
    const native = nativeDouble();
    const classifier = await nativeClassifier(native.api, FOLDER);
    const texts = Array.from({ length: 1100 }, (_, i) => ({ text: i % 2 ? 'Bonjour' : '' }));
    const outputs = await classifier.classify(texts);
    expect(native.calls.textsPerCall).toEqual([512, 512, 76]);
    expect(outputs.map((output) => output.status === 'empty')).toEqual(texts.map((t) => t.text === ''));
    expect(classifier.modelId).toBe(real.modelId);
  });
});
