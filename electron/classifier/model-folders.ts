import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_MODEL_DTYPE, type ClassifierHost } from '@core/classify';
import { isModelFolderName } from './protocol';

/** The folder of a model by name: the bundled models first, then the ones the user added. */
export function findModelDir(modelFolder: string, roots: readonly string[]): string | null {
  if (!isModelFolderName(modelFolder)) return null;
  for (const root of roots) {
    const dir = join(root, modelFolder);
    if (existsSync(join(dir, 'config.json'))) return dir;
  }
  return null;
}

/** onnxruntime-node host for a model folder in the Hugging Face layout. */
export function nativeClassifierHost(modelDir: string, modelFolder: string): ClassifierHost {
  return {
    device: 'cpu',
    dtype: DEFAULT_MODEL_DTYPE,
    localModelPath: join(modelDir, '..') + '/',
    modelFolder,
    readModelFile: async (name) => {
      const path = join(modelDir, name);
      return existsSync(path) ? readFile(path, 'utf8') : null;
    },
  };
}
