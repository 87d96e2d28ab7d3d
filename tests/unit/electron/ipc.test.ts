import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { registerIpcHandlers, UntrustedSenderError, type IpcServices } from '../../../electron/main/ipc';
import { IPC_CHANNELS } from '../../../electron/preload/channels';
import { LABELS, type Thresholds } from '../../../renderer/src/core/model/labels';

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

function setUp(devServerOrigin: string | null = null) {
  const handlers = new Map<string, Handler>();
  const calls: string[] = [];
  const ipcMain = {
    handle: (channel: string, handler: Handler) => {
      handlers.set(channel, handler);
    },
  } as unknown as Pick<IpcMain, 'handle'>;
  const services: IpcServices = {
    appInfo: () => {
      calls.push('appInfo');
      return { name: 'Loupe', version: '1.2.3' };
    },
    openArchiveDialog: async () => {
      calls.push('openArchiveDialog');
      return null;
    },
    classifier: {
      available: async () => {
        calls.push('classifier.available');
        return true;
      },
      describe: async (modelFolder) => {
        calls.push(`describe ${modelFolder}`);
        return {
          modelId: modelFolder,
          version: '1',
          labels: [],
          thresholds: Object.fromEntries(LABELS.map((label) => [label, 0.5])) as Thresholds,
          maxTokens: 128,
          windowStride: 64,
          normalization: 'none',
          languages: ['en'],
        };
      },
      classify: async (modelFolder, inputs) => {
        calls.push(`classify ${modelFolder} ${inputs.length}`);
        return [];
      },
      explain: async (modelFolder) => {
        calls.push(`explain ${modelFolder}`);
        return { language: 'en', status: 'scored', scores: null, words: [] };
      },
    },
  };
  registerIpcHandlers(ipcMain, services, { devServerOrigin });
  const invoke = async (channel: string, senderUrl: string | null, ...args: unknown[]): Promise<unknown> => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    const event = {
      senderFrame: senderUrl === null ? null : { url: senderUrl },
    } as unknown as IpcMainInvokeEvent;
    return handler(event, ...args);
  };
  return { handlers, calls, invoke };
}

const UNTRUSTED = [
  'https://evil.example/',
  'file:///home/user/index.html',
  'app://elsewhere/index.html',
  'http://localhost:5173/',
  'about:blank',
  'data:text/html,<script></script>',
  '',
];

describe('registerIpcHandlers', () => {
  it('registers exactly the channels of the preload', () => {
    expect([...setUp().handlers.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  it('answers the app page', async () => {
    const { invoke, calls } = setUp();
    expect(await invoke(IPC_CHANNELS.appInfo, 'app://loupe/index.html')).toEqual({
      name: 'Loupe',
      version: '1.2.3',
    });
    expect(await invoke(IPC_CHANNELS.openArchiveDialog, 'app://loupe/index.html#/import')).toBeNull();
    expect(calls).toEqual(['appInfo', 'openArchiveDialog']);
  });

  it.each(UNTRUSTED)('refuses a frame at %j on every channel without running the service', async (url) => {
    const { invoke, calls } = setUp();
    for (const channel of Object.values(IPC_CHANNELS)) {
      await expect(invoke(channel, url, 'loupe-mini', [{ text: 'x' }])).rejects.toBeInstanceOf(
        UntrustedSenderError,
      );
    }
    expect(calls).toEqual([]);
  });

  it('passes well-formed classifier calls from the app page to the classifier', async () => {
    const { invoke, calls } = setUp();
    expect(await invoke(IPC_CHANNELS.classifierAvailable, 'app://loupe/')).toBe(true);
    await invoke(IPC_CHANNELS.classify, 'app://loupe/', 'loupe-mini', [{ text: 'a' }, { text: 'b' }]);
    await invoke(IPC_CHANNELS.explain, 'app://loupe/', 'loupe-mini', 'a text');
    await invoke(IPC_CHANNELS.describeModel, 'app://loupe/', 'loupe-mini');
    expect(calls).toEqual([
      'classifier.available',
      'classify loupe-mini 2',
      'explain loupe-mini',
      'describe loupe-mini',
    ]);
  });

  it('refuses to describe a model named by a path', async () => {
    const { invoke, calls } = setUp();
    await expect(invoke(IPC_CHANNELS.describeModel, 'app://loupe/', '../../home')).rejects.toThrow(TypeError);
    expect(calls).toEqual([]);
  });

  it.each([
    ['a path as model folder', '../../etc', [{ text: 'a' }]],
    ['an absolute model path', '/home/me/models/x', [{ text: 'a' }]],
    ['inputs that are not texts', 'loupe-mini', [{ text: 42 }]],
    ['inputs that are not a list', 'loupe-mini', 'text'],
    ['too many inputs', 'loupe-mini', Array.from({ length: 513 }, () => ({ text: 'a' }))],
  ])('refuses classify with %s', async (_why, modelFolder, inputs) => {
    const { invoke, calls } = setUp();
    await expect(invoke(IPC_CHANNELS.classify, 'app://loupe/', modelFolder, inputs)).rejects.toThrow(
      TypeError,
    );
    expect(calls).toEqual([]);
  });

  it('refuses a sender whose frame is gone', async () => {
    const { invoke } = setUp();
    await expect(invoke(IPC_CHANNELS.appInfo, null)).rejects.toBeInstanceOf(UntrustedSenderError);
  });

  it('accepts the dev server page only when it is the configured dev origin', async () => {
    const { invoke } = setUp('http://localhost:5173');
    expect(await invoke(IPC_CHANNELS.appInfo, 'http://localhost:5173/')).toMatchObject({ name: 'Loupe' });
    await expect(invoke(IPC_CHANNELS.appInfo, 'http://localhost:5174/')).rejects.toBeInstanceOf(
      UntrustedSenderError,
    );
  });
});
