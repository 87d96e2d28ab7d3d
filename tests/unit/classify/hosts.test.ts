import { env } from '@huggingface/transformers';
import { describe, expect, it } from 'vitest';
import {
  BUNDLED_WASM_PATHS,
  configureOfflineEnvironment,
  nativeClassifierHost,
  parseManifest,
  wasmThreadCount,
  webClassifierHost,
} from '@core/classify';
import { LABELS } from '@core/model';

const config = { id2label: Object.fromEntries(LABELS.map((label, i) => [String(i), label])) };

describe('host settings', () => {
  it('uses one WASM thread without cross-origin isolation and 2-4 with it', () => {
    expect(wasmThreadCount(false, 8)).toBe(1);
    expect(wasmThreadCount(true, 1)).toBe(1);
    expect(wasmThreadCount(true, 2)).toBe(2);
    expect(wasmThreadCount(true, 4)).toBe(3);
    expect(wasmThreadCount(true, 16)).toBe(4);
  });

  it('points a browser worker at the app origin only, with remote models, caches and the CDN off', () => {
    const host = webClassifierHost({ crossOriginIsolated: true, hardwareConcurrency: 2 });
    expect(host).toMatchObject({
      device: 'wasm',
      dtype: 'fp32',
      localModelPath: '/models/',
      modelFolder: 'loupe-mini',
    });
    expect(host.wasm).toEqual({ wasmPaths: BUNDLED_WASM_PATHS, numThreads: 2 });
    const saved = { ...env, wasm: { ...env.backends.onnx.wasm } };
    try {
      configureOfflineEnvironment(host);
      expect(env.allowRemoteModels).toBe(false);
      expect(env.allowLocalModels).toBe(true);
      expect(env.localModelPath).toBe('/models/');
      expect(env.useBrowserCache).toBe(false);
      expect(env.useWasmCache).toBe(false);
      expect(env.backends.onnx.wasm?.wasmPaths).toEqual(BUNDLED_WASM_PATHS);
      expect(env.backends.onnx.wasm?.numThreads).toBe(2);
    } finally {
      env.localModelPath = saved.localModelPath;
      Object.assign(env.backends.onnx.wasm!, saved.wasm);
    }
  });
});

describe('nativeClassifierHost', () => {
  it('splits the model folder into localModelPath and folder name, on POSIX and Windows paths', async () => {
    const read: string[] = [];
    const host = nativeClassifierHost({
      modelDir: '/repo/models/loupe-mini/',
      readTextFile: async (path) => (read.push(path), null),
    });
    expect(host).toMatchObject({
      device: 'cpu',
      dtype: 'fp32',
      localModelPath: '/repo/models/',
      modelFolder: 'loupe-mini',
    });
    await host.readModelFile('loupe.json');
    expect(read).toEqual(['/repo/models/loupe-mini/loupe.json']);
    const windows = nativeClassifierHost({
      modelDir: 'C:\\Loupe\\models\\mine',
      dtype: 'fp32',
      readTextFile: async () => null,
    });
    expect(windows).toMatchObject({
      localModelPath: 'C:\\Loupe\\models\\',
      modelFolder: 'mine',
      dtype: 'fp32',
    });
  });
});

describe('parseManifest', () => {
  it('takes thresholds, window and languages from loupe.json', () => {
    const parsed = parseManifest(
      'loupe-mini',
      {
        modelId: 'loupe-mini',
        version: '1',
        thresholds: { hate: 0.3 },
        maxTokens: 128,
        windowStride: 64,
        normalization: 'loupe-norm-v1',
        languages: ['en', 'fr'],
      },
      config,
      null,
    );
    expect(parsed.ok && parsed.value).toMatchObject({
      maxTokens: 128,
      windowStride: 64,
      normalization: 'loupe-norm-v1',
    });
    expect(parsed.ok && parsed.value.thresholds.hate).toBe(0.3);
    expect(parsed.ok && parsed.value.thresholds.offensive).toBe(0.5);
  });

  it('falls back to defaults for a Hugging Face folder without loupe.json', () => {
    const parsed = parseManifest('other-model', null, config, { model_max_length: 256 });
    expect(parsed.ok && parsed.value).toMatchObject({
      modelId: 'other-model',
      maxTokens: 256,
      windowStride: 128,
      normalization: 'none',
    });
  });

  it('refuses models whose labels are not Loupe’s, and bad thresholds', () => {
    expect(parseManifest('m', null, { id2label: { 0: 'toxic' } }, null)).toEqual({
      ok: false,
      error: 'config.json label "toxic" is not one of Loupe\'s labels',
    });
    expect(parseManifest('m', null, { id2label: { 0: 'hate' } }, null).ok).toBe(false);
    expect(parseManifest('m', { thresholds: { hate: 2 } }, config, null).ok).toBe(false);
  });
});
