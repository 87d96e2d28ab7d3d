import { contextBridge, ipcRenderer } from 'electron';
import { PLATFORM_API_VERSION, type PlatformApi } from './api';

const api = {
  version: PLATFORM_API_VERSION,
  appInfo: () => ipcRenderer.invoke('loupe:app-info'),
  openArchiveDialog: () => ipcRenderer.invoke('loupe:open-archive-dialog'),
} satisfies PlatformApi;

contextBridge.exposeInMainWorld('loupe', api);
