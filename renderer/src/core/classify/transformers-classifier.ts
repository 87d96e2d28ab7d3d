import {
  AutoModelForSequenceClassification,
  AutoTokenizer,
  type PreTrainedTokenizer,
} from '@huggingface/transformers';
import { DEFAULT_BATCH_PLAN } from './batches';
import { classifyWithEngine, type ScoringEngine } from './engine';
import { explainWithEngine } from './explain';
import { configureOfflineEnvironment, type ClassifierHost } from './host';
import { parseManifest } from './manifest';
import { logitsRun, runPaddedBatch } from './model-call';
import { specialTokensAround } from './tokens';
import type { Classifier, ModelManifest } from './types';
import { wordPieceEncoder } from './wordpiece';

async function readJson(host: ClassifierHost, name: string): Promise<unknown> {
  const text = await host.readModelFile(name);
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Error(`${name} of model ${host.modelFolder} is not valid JSON`);
  }
}

async function loadManifest(host: ClassifierHost): Promise<ModelManifest> {
  const config = await readJson(host, 'config.json');
  if (config === null) throw new Error(`model ${host.modelFolder} has no config.json`);
  const manifest = parseManifest(
    host.modelFolder,
    await readJson(host, 'loupe.json'),
    config,
    await readJson(host, 'tokenizer_config.json'),
    host.overrides,
  );
  if (!manifest.ok) throw new Error(manifest.error);
  return manifest.value;
}

/**
 * onnxruntime-node's intra-op threads spin between runs by default. Off: `loupe classify` of 24,000 texts took
 * the same time (6.1-6.7 s against 6.3-6.4 s) with a fifth less CPU, which the import and the page need on
 * two cores, and two sessions in one process no longer slow each other (measured 2026-12-06, idle).
 */
export const NODE_SESSION_OPTIONS = { extra: { session: { intra_op: { allow_spinning: '0' } } } };

/** Loads manifest, tokenizer and model for this host: the runtime-specific half of a classifier. */
export async function loadTransformersEngine(
  host: ClassifierHost,
): Promise<{ engine: ScoringEngine; dispose: () => Promise<void> }> {
  configureOfflineEnvironment(host);
  const manifest = await loadManifest(host);
  const tokenizer: PreTrainedTokenizer = await AutoTokenizer.from_pretrained(host.modelFolder, {
    local_files_only: true,
  });
  const model = await AutoModelForSequenceClassification.from_pretrained(host.modelFolder, {
    device: host.device,
    dtype: host.dtype,
    local_files_only: true,
    ...(host.device === 'cpu' ? { session_options: NODE_SESSION_OPTIONS } : {}),
  });
  const padId = tokenizer.pad_token_id ?? 0;
  const run = logitsRun(model, host.device);
  // Same ids as tokenizer.encode, several times faster, for the BERT WordPiece tokenizers it supports.
  const fastEncode = wordPieceEncoder(
    await readJson(host, 'tokenizer.json'),
    await readJson(host, 'tokenizer_config.json'),
  );
  const engine: ScoringEngine = {
    manifest,
    window: {
      maxTokens: manifest.maxTokens,
      stride: manifest.windowStride,
      ...specialTokensAround(tokenizer),
    },
    batchPlan: host.batchPlan ?? DEFAULT_BATCH_PLAN,
    encode: fastEncode ?? ((text) => tokenizer.encode(text, { add_special_tokens: false })),
    runBatch: (sequences) => runPaddedBatch(run, padId, sequences),
  };
  return {
    engine,
    dispose: async () => {
      await model.dispose();
    },
  };
}

/** A classifier over a freshly loaded model; prefer `sharedClassifier` to load each model once. */
export async function createTransformersClassifier(host: ClassifierHost): Promise<Classifier> {
  const { engine, dispose } = await loadTransformersEngine(host);
  return {
    modelId: engine.manifest.modelId,
    manifest: engine.manifest,
    classify: (inputs) => classifyWithEngine(engine, inputs),
    explain: (text) => explainWithEngine(engine, text),
    dispose,
  };
}

const shared = new Map<string, Promise<Classifier>>();

/**
 * One classifier per host and model: loading twice would hold two copies of the weights. Disposing the
 * shared classifier forgets it, so the next call loads the model again.
 */
export function sharedClassifier(host: ClassifierHost): Promise<Classifier> {
  const key = JSON.stringify([
    host.device,
    host.dtype,
    host.localModelPath,
    host.modelFolder,
    host.overrides,
  ]);
  const existing = shared.get(key);
  if (existing) return existing;
  const loading = createTransformersClassifier(host).then((classifier): Classifier => ({
    ...classifier,
    dispose: async () => {
      shared.delete(key);
      await classifier.dispose();
    },
  }));
  shared.set(key, loading);
  loading.catch(() => shared.delete(key));
  return loading;
}
