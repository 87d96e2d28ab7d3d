import { PLATFORM_API_VERSION, type AppInfo, type PickedArchiveFile, type PlatformApi } from './api';
import { IPC_CHANNELS, type IpcChannel } from './channels';

/** What the main process answers on `loupe:app-info`; the preload adds what only the page knows. */
export type DesktopAppInfo = Pick<AppInfo, 'name' | 'version'>;

type Invoke = (channel: IpcChannel) => Promise<unknown>;

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
  } satisfies PlatformApi;
}
