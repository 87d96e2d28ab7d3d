import {
  BUNDLED_WASM_PATHS,
  DEFAULT_MODEL_DTYPE,
  wasmThreadCount,
  type ClassifierHost,
  type ModelDtype,
} from './host';

export interface WebHostOptions {
  /** `self.crossOriginIsolated` of the worker: without it onnxruntime-web runs one thread. */
  readonly crossOriginIsolated: boolean;
  /** `navigator.hardwareConcurrency` of the worker. */
  readonly hardwareConcurrency: number;
  /** Defaults: `/models/` on the app origin, `loupe-mini`, q8, the ORT files the web build serves. */
  readonly localModelPath?: string;
  readonly modelFolder?: string;
  readonly dtype?: ModelDtype;
  readonly wasmPaths?: { readonly mjs: string; readonly wasm: string };
  readonly numThreads?: number;
}

/**
 * The host for a browser Web Worker on onnxruntime-web (WASM). Files come from the app's own origin
 * through `fetch`; nothing is fetched from a CDN or the Hugging Face hub.
 */
export function webClassifierHost(options: WebHostOptions): ClassifierHost {
  const localModelPath = options.localModelPath ?? '/models/';
  const modelFolder = options.modelFolder ?? 'loupe-mini';
  return {
    device: 'wasm',
    dtype: options.dtype ?? DEFAULT_MODEL_DTYPE,
    localModelPath,
    modelFolder,
    readModelFile: async (name) => {
      const response = await fetch(`${localModelPath}${modelFolder}/${name}`);
      return response.ok ? response.text() : null;
    },
    wasm: {
      wasmPaths: options.wasmPaths ?? BUNDLED_WASM_PATHS,
      numThreads:
        options.numThreads ?? wasmThreadCount(options.crossOriginIsolated, options.hardwareConcurrency),
    },
  };
}
