import ortWasmMjsUrl from 'onnxruntime-web/ort-wasm-simd-threaded.asyncify.mjs?url';
import ortWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.asyncify.wasm?url';
import { DEFAULT_MODEL_DTYPE, wasmThreadCount, type ClassifierHost } from '../core/classify';

/**
 * The classifier host of a browser Web Worker: onnxruntime-web WASM, its runtime files bundled by Vite and
 * served from the app's own origin (transformers.js would otherwise fetch them from a CDN).
 */
export function browserClassifierHost(modelFolder: string): ClassifierHost {
  return {
    device: 'wasm',
    dtype: DEFAULT_MODEL_DTYPE,
    localModelPath: '/models/',
    modelFolder,
    readModelFile: async (name) => {
      const response = await fetch(`/models/${modelFolder}/${name}`);
      return response.ok ? response.text() : null;
    },
    wasm: {
      wasmPaths: { mjs: ortWasmMjsUrl, wasm: ortWasmUrl },
      numThreads: wasmThreadCount(
        globalThis.crossOriginIsolated === true,
        navigator.hardwareConcurrency ?? 1,
      ),
    },
  };
}
