import ortWasmMjsUrl from 'onnxruntime-web/ort-wasm-simd-threaded.mjs?url';
import ortWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';
import { DEFAULT_MODEL_DTYPE, wasmThreadCount, type ClassifierHost } from '../core/classify';

/**
 * The classifier host of a browser Web Worker: onnxruntime-web WASM, its runtime files bundled by Vite and
 * served from the app's own origin (transformers.js would otherwise fetch them from a CDN). The plain build,
 * not the asyncify one transformers.js names by default (which carries WebGPU, unused here): on 2 threads it
 * ran fp32 at 864-1,144 / 1,225-1,531 / 1,315-1,597 texts/s at batch 1 / 8 / 32 against 451-615 /
 * 1,072-1,414 / 586-784, and loads in about half the time (measured 2026-12-06, idle). The asyncify file is
 * still emitted by the build, because onnxruntime-web's bundle names it, but is never fetched.
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
