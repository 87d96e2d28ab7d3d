import { isClassifyOutput, isExplanation, isModelManifest } from '../classifier/protocol';
import { PLATFORM_API_VERSION, type AppInfo, type PickedArchiveFile, type PlatformApi } from './api';
import { IPC_CHANNELS, type IpcChannel } from './channels';

/** What the main process answers on `loupe:app-info`; the preload adds what only the page knows. */
export type DesktopAppInfo = Pick<AppInfo, 'name' | 'version'>;

type Invoke = (channel: IpcChannel, ...args: unknown[]) => Promise<unknown>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isDesktopAppInfo(value: unknown): value is DesktopAppInfo {
  return isRecord(value) && typeof value.name === 'string' && typeof value.version === 'string';
}

function isPickedArchiveFile(value: unknown): value is PickedArchiveFile {
  return (
    isRecord(value) &&
    typeof value.name === 'string' &&
    typeof value.size === 'number' &&
    typeof value.url === 'string'
  );
}

/**
 * The object the preload hands to the page: plain functions over fixed channels. It never exposes
 * ipcRenderer, a channel name chosen by the page, or an Electron object.
 */
export function createPlatformApi(invoke: Invoke, isCrossOriginIsolated: () => boolean): PlatformApi {
  return {
    version: PLATFORM_API_VERSION,
    async appInfo() {
      const info = await invoke(IPC_CHANNELS.appInfo);
      if (!isDesktopAppInfo(info)) throw new Error('Unexpected app info from the main process');
      return {
        name: info.name,
        version: info.version,
        platform: 'electron',
        crossOriginIsolated: isCrossOriginIsolated(),
      };
    },
    async openArchiveDialog() {
      const files = await invoke(IPC_CHANNELS.openArchiveDialog);
      if (files === null) return null;
      if (!Array.isArray(files) || !files.every(isPickedArchiveFile)) {
        throw new Error('Unexpected archive list from the main process');
      }
      return files.map(({ name, size, url }) => ({ name, size, url }));
    },
    classifier: {
      async available() {
        return (await invoke(IPC_CHANNELS.classifierAvailable)) === true;
      },
      async describe(modelFolder) {
        const manifest = await invoke(IPC_CHANNELS.describeModel, modelFolder);
        if (!isModelManifest(manifest)) throw new Error('Unexpected model manifest from the main process');
        return manifest;
      },
      async classify(modelFolder, inputs) {
        const outputs = await invoke(
          IPC_CHANNELS.classify,
          modelFolder,
          inputs.map(({ text }) => ({ text })),
        );
        if (!Array.isArray(outputs) || outputs.length !== inputs.length || !outputs.every(isClassifyOutput)) {
          throw new Error('Unexpected classifier output from the main process');
        }
        return outputs;
      },
      async explain(modelFolder, text) {
        const explanation = await invoke(IPC_CHANNELS.explain, modelFolder, text);
        if (!isExplanation(explanation)) throw new Error('Unexpected explanation from the main process');
        return explanation;
      },
    },
  } satisfies PlatformApi;
}
