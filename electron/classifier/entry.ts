/**
 * Electron utility process: the same core classifier as the command line, on onnxruntime-node, which
 * runs about five times faster than WASM in the renderer. Started by electron/main/classifier-process.ts
 * with `--models=<dir>` for each folder that holds models; it opens no socket and reads nothing else.
 */
import type { Classifier } from '@core/classify';
import { findModelDir, nativeClassifierHost } from './model-folders';
import { disableNetworkGlobals } from './offline';
import { parentChannel } from './parent-port';
import { createClassifierService } from './service';

disableNetworkGlobals();

const MODELS_ARG = '--models=';
const modelRoots = process.argv
  .filter((arg) => arg.startsWith(MODELS_ARG))
  .map((arg) => arg.slice(MODELS_ARG.length));

// Loaded on first use so that a missing native runtime turns into a `probed: false` reply, not a crash.
const core = () => import('@core/classify');

async function loadClassifier(modelFolder: string): Promise<Classifier> {
  const dir = findModelDir(modelFolder, modelRoots);
  if (!dir) throw new Error(`no model folder named ${modelFolder}`);
  const { sharedClassifier } = await core();
  return sharedClassifier(nativeClassifierHost(dir, modelFolder));
}

async function probe(): Promise<boolean> {
  try {
    await core();
    return true;
  } catch {
    return false;
  }
}

const channel = parentChannel();
const service = createClassifierService({ loadClassifier, probe });
channel.onMessage((data) => {
  void service(data).then((reply) => channel.send(reply));
});
