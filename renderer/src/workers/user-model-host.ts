import type { ClassifierHost } from '../core/classify';
import {
  USER_MODELS_CACHE,
  USER_MODELS_PATH,
  userModelFileUrl,
  type UserModel,
} from '../ui/services/user-models';
import { browserClassifierHost } from './browser-classifier-host';

/**
 * The host for a model the user added from a folder: its files are read from Cache Storage (through
 * transformers.js' custom cache), never fetched; its manifest carries the registry id and label mapping.
 */
export async function userModelHost(model: UserModel): Promise<ClassifierHost> {
  // `caches.open` creates a missing cache: a run that starts just after "Delete everything" would leave an
  // empty one behind. Without the cache the model's files are gone anyway.
  if (!(await caches.has(USER_MODELS_CACHE))) {
    throw new Error(`the files of the added model ${model.id} are no longer on this computer`);
  }
  const cache = await caches.open(USER_MODELS_CACHE);
  const base = browserClassifierHost(model.folder);
  return {
    ...base,
    dtype: model.onnxFile === 'onnx/model.onnx' ? 'fp32' : 'q8',
    localModelPath: USER_MODELS_PATH,
    readModelFile: async (name) => {
      const response = await cache.match(userModelFileUrl(model.folder, name));
      return response ? response.text() : null;
    },
    overrides: { modelId: model.id, mapping: model.mapping },
    modelFiles: { match: (url) => cache.match(url) },
  };
}
