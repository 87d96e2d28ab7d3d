import { contextBridge, ipcRenderer } from 'electron';
import { createPlatformApi } from './bridge';

contextBridge.exposeInMainWorld(
  'loupe',
  createPlatformApi(
    (channel) => ipcRenderer.invoke(channel),
    () => globalThis.crossOriginIsolated === true,
  ),
);
