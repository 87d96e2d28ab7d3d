import { DEFAULT_MODEL_DTYPE, type ClassifierHost, type ModelDtype } from './host';

export interface NativeHostOptions {
  /** Absolute path of the model folder (Hugging Face layout), e.g. `<repo>/models/loupe-mini`. */
  readonly modelDir: string;
  readonly dtype?: ModelDtype;
  /** Reads a text file; null when it does not exist. Node hosts pass a wrapper around fs.readFile. */
  readonly readTextFile: (path: string) => Promise<string | null>;
}

/**
 * The host for onnxruntime-node: the command line and the Electron utility process. The core stays free
 * of Node imports; the caller supplies file reading.
 */
export function nativeClassifierHost(options: NativeHostOptions): ClassifierHost {
  const dir = options.modelDir.replace(/[\\/]+$/, '');
  const cut = Math.max(dir.lastIndexOf('/'), dir.lastIndexOf('\\'));
  const separator = cut >= 0 ? dir[cut]! : '/';
  return {
    device: 'cpu',
    dtype: options.dtype ?? DEFAULT_MODEL_DTYPE,
    localModelPath: dir.slice(0, cut + 1),
    modelFolder: dir.slice(cut + 1),
    readModelFile: (name) => options.readTextFile(`${dir}${separator}${name}`),
  };
}
