import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { PlatformApi } from '../../../electron/preload/api';
import { createPlatformApi } from '../../../electron/preload/bridge';
import { IPC_CHANNELS } from '../../../electron/preload/channels';

const electron = vi.hoisted(() => {
  const exposed: { key: string; api: unknown }[] = [];
  const invoked: string[] = [];
  const answers = new Map<string, unknown>();
  const ipcRenderer = {
    invoke: async (channel: string) => {
      invoked.push(channel);
      return answers.get(channel);
    },
    send: () => undefined,
    on: () => undefined,
  };
  return {
    exposed,
    invoked,
    answers,
    ipcRenderer,
    module: {
      contextBridge: {
        exposeInMainWorld: (key: string, api: unknown) => {
          exposed.push({ key, api });
        },
      },
      ipcRenderer,
    },
  };
});

vi.mock('electron', () => electron.module);

let api: PlatformApi;

beforeAll(async () => {
  await import('../../../electron/preload/index');
  const [only] = electron.exposed;
  api = only?.api as PlatformApi;
});

describe('preload', () => {
  it('exposes one object, as window.loupe', () => {
    expect(electron.exposed.map((entry) => entry.key)).toEqual(['loupe']);
  });

  it('exposes exactly the keys of PlatformApi and nothing of Electron', () => {
    expect(Object.keys(api).sort()).toEqual(['appInfo', 'classifier', 'openArchiveDialog', 'version']);
    expect(Object.keys(api.classifier).sort()).toEqual(['available', 'classify', 'describe', 'explain']);
    for (const value of [...Object.values(api), ...Object.values(api.classifier)]) {
      expect(value).not.toBe(electron.ipcRenderer);
      expect(value).not.toBe(electron.ipcRenderer.invoke);
    }
  });

  it('calls only the fixed channels, and adds what the page knows to the app info', async () => {
    electron.answers.set(IPC_CHANNELS.appInfo, { name: 'Loupe', version: '0.1.0' });
    electron.answers.set(IPC_CHANNELS.openArchiveDialog, null);
    expect(await api.appInfo()).toEqual({
      name: 'Loupe',
      version: '0.1.0',
      platform: 'electron',
      crossOriginIsolated: false,
    });
    expect(await api.openArchiveDialog()).toBeNull();
    electron.answers.set(IPC_CHANNELS.classifierAvailable, true);
    expect(await api.classifier.available()).toBe(true);
    expect(electron.invoked).toEqual([
      IPC_CHANNELS.appInfo,
      IPC_CHANNELS.openArchiveDialog,
      IPC_CHANNELS.classifierAvailable,
    ]);
  });
});

describe('createPlatformApi', () => {
  it('passes picked archives through as plain objects, dropping extra fields', async () => {
    const picked = [{ name: 'a.zip', size: 12, url: 'app://loupe/archives/x', path: '/home/me/a.zip' }];
    const bridge = createPlatformApi(
      async () => picked,
      () => true,
    );
    expect(await bridge.openArchiveDialog()).toEqual([
      { name: 'a.zip', size: 12, url: 'app://loupe/archives/x' },
    ]);
  });

  it('rejects answers of the wrong shape', async () => {
    const bridge = createPlatformApi(
      async () => [{ name: 'a.zip' }],
      () => true,
    );
    await expect(bridge.openArchiveDialog()).rejects.toThrow('Unexpected archive list');
    const badInfo = createPlatformApi(
      async () => ({ name: 1 }),
      () => true,
    );
    await expect(badInfo.appInfo()).rejects.toThrow('Unexpected app info');
  });
});
