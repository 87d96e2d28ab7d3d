import type {
  ClassifyInput,
  ClassifyOutput,
  Explanation,
  ModelManifest,
} from '../../renderer/src/core/classify/types';

/**
 * The one contract between the desktop preload and the renderer. The web build implements the same
 * interface (renderer/src/platform/web.ts), so the two cannot drift apart.
 */
export const PLATFORM_API_VERSION = 1;

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly platform: 'electron' | 'web';
  /** True when the window is cross-origin isolated, which multi-threaded WASM needs. */
  readonly crossOriginIsolated: boolean;
}

/** An archive file the user picked in the native dialog, readable at `url` (ranged GETs on app://). */
export interface PickedArchiveFile {
  readonly name: string;
  readonly size: number;
  readonly url: string;
}

/**
 * The desktop fast path: the core classifier on onnxruntime-node in an Electron utility process. The
 * web build reports it unavailable, and the app then uses its classification worker (WASM).
 */
export interface NativeClassifierApi {
  /** True when the utility process starts and its native runtime loads; false in web mode. */
  available(): Promise<boolean>;
  /** Loads the model in folder `modelFolder` (a name like `loupe-mini`, never a path) and returns its manifest. */
  describe(modelFolder: string): Promise<ModelManifest>;
  /** Scores texts; output i belongs to input i. At most 512 texts per call. */
  classify(modelFolder: string, inputs: readonly ClassifyInput[]): Promise<ClassifyOutput[]>;
  explain(modelFolder: string, text: string): Promise<Explanation>;
}

export interface PlatformApi {
  readonly version: typeof PLATFORM_API_VERSION;
  appInfo(): Promise<AppInfo>;
  /** Native file dialog for ZIP parts; null when the user cancels or the platform has none. */
  openArchiveDialog(): Promise<PickedArchiveFile[] | null>;
  readonly classifier: NativeClassifierApi;
}

declare global {
  interface Window {
    loupe?: PlatformApi;
  }
}
