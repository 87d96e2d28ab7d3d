import { env } from '@huggingface/transformers';
import type { BatchPlan } from './batches';
import type { ManifestOverrides } from './manifest';

export type ModelDtype = 'q8' | 'fp32';

/**
 * Which of the bundled model's two ONNX files every host runs. fp32: for this small model int8 weights do not
 * pay (measured idle on the 2-core VM, README Benchmarks): onnxruntime-node ran fp32 as fast as q8 (2,782 vs
 * 2,600 texts/s at batch 32), and onnxruntime-web's WASM ran fp32 1.2-2.5 times faster than q8 (up to 1,264
 * vs 852 texts/s) and loaded it in a quarter of the time. fp32 is also exactly the calibrated model; q8 is an
 * approximation of it. One constant so that the app and `loupe classify` give the same scores.
 */
export const DEFAULT_MODEL_DTYPE: ModelDtype = 'fp32';

/** The onnxruntime-web files the web build serves from the app's origin (never the CDN). */
export const BUNDLED_WASM_PATHS = {
  mjs: '/ort/ort-wasm-simd-threaded.mjs',
  wasm: '/ort/ort-wasm-simd-threaded.wasm',
} as const;

/** What differs between the three hosts; everything else (normalisation, windows, batching) is shared. */
export interface ClassifierHost {
  /** `cpu` = onnxruntime-node (CLI, Electron utility process); `wasm` = onnxruntime-web in a worker. */
  readonly device: 'cpu' | 'wasm' | 'webgpu';
  /** `q8` (model_quantized.onnx, the default) or `fp32` (model.onnx). */
  readonly dtype: ModelDtype;
  /** Where model folders live: an absolute directory in Node, `/models/` on the app origin in a browser. */
  readonly localModelPath: string;
  /** The model's folder under localModelPath, e.g. `loupe-mini`. */
  readonly modelFolder: string;
  /** Reads a small file of the model folder (loupe.json, config.json); null when it does not exist. */
  readonly readModelFile: (name: string) => Promise<string | null>;
  /** onnxruntime-web settings; required for `wasm`. */
  readonly wasm?: {
    readonly wasmPaths: { readonly mjs: string; readonly wasm: string };
    readonly numThreads: number;
  };
  readonly batchPlan?: BatchPlan;
  /** For a model the user added: its registry id and label mapping (see `ManifestOverrides`). */
  readonly overrides?: ManifestOverrides;
  /**
   * Where transformers.js finds the model's files before fetching them (`env.customCache`): a model the
   * user added lives in Cache Storage, not on the app's origin. Only `match` is used; nothing is written.
   */
  readonly modelFiles?: { match(url: string): Promise<Response | undefined> };
}

/**
 * WASM threads for a page: 1 without cross-origin isolation (ORT would fall back anyway), otherwise all
 * cores but one for the UI, at least 2 (measured 1.8-2x on 2 cores) and at most 4.
 */
export function wasmThreadCount(crossOriginIsolated: boolean, hardwareConcurrency: number): number {
  if (!crossOriginIsolated || hardwareConcurrency < 2) return 1;
  return Math.min(4, Math.max(2, hardwareConcurrency - 1));
}

/** Puts transformers.js into offline mode for this host. transformers.js' env is global: one host per process. */
export function configureOfflineEnvironment(host: ClassifierHost): void {
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = host.localModelPath;
  env.useBrowserCache = false;
  // The WASM cache imports the ORT loader from a blob: URL, which the app's CSP (script-src 'self') blocks.
  env.useWasmCache = false;
  const files = host.modelFiles;
  env.useCustomCache = files !== undefined;
  env.customCache = files
    ? { match: (request) => files.match(String(request)), put: async () => undefined }
    : null;
  if (host.device === 'wasm') {
    if (!host.wasm) throw new Error('a wasm host must say where the onnxruntime-web files are');
    const wasm = env.backends.onnx.wasm;
    if (!wasm) throw new Error('transformers.js exposes no onnxruntime-web settings here');
    wasm.wasmPaths = { ...host.wasm.wasmPaths };
    wasm.numThreads = host.wasm.numThreads;
  }
}
