import { contextBridge, ipcRenderer } from 'electron';
import { createPlatformApi } from './bridge';

contextBridge.exposeInMainWorld(
  'loupe',
  createPlatformApi(
    (channel, ...args) => ipcRenderer.invoke(channel, ...args),
    () => globalThis.crossOriginIsolated === true,
  ),
);
