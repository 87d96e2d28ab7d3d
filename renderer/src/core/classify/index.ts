export type {
  Classifier,
  ClassifyInput,
  ClassifyOutput,
  Explanation,
  ModelManifest,
  NotScoredReason,
  Outcome,
  WordAttribution,
} from './types';
export type { ClassifierHost, ModelDtype } from './host';
export {
  BUNDLED_WASM_PATHS,
  configureOfflineEnvironment,
  DEFAULT_MODEL_DTYPE,
  wasmThreadCount,
} from './host';
export { webClassifierHost, type WebHostOptions } from './web-host';
export { nativeClassifierHost, type NativeHostOptions } from './native-host';
export {
  createTransformersClassifier,
  loadTransformersEngine,
  NODE_SESSION_OPTIONS,
  sharedClassifier,
} from './transformers-classifier';
export type { ScoringEngine } from './engine';
export { flagsFor } from './flags';
export { topWords } from './explain';
export { normalizeText, NORMALIZATION_VERSION } from './normalize';
export { detectLanguage } from './language';
export { parseManifest } from './manifest';
