import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { registerIpcHandlers, UntrustedSenderError, type IpcServices } from '../../../electron/main/ipc';
import { IPC_CHANNELS } from '../../../electron/preload/channels';

type Handler = (event: IpcMainInvokeEvent) => unknown;

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
  };
  registerIpcHandlers(ipcMain, services, { devServerOrigin });
  const invoke = async (channel: string, senderUrl: string | null): Promise<unknown> => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    const event = {
      senderFrame: senderUrl === null ? null : { url: senderUrl },
    } as unknown as IpcMainInvokeEvent;
    return handler(event);
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
  it('registers exactly the two channels of the preload', () => {
    expect([...setUp().handlers.keys()].sort()).toEqual(
      [IPC_CHANNELS.appInfo, IPC_CHANNELS.openArchiveDialog].sort(),
    );
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

  it.each(UNTRUSTED)('refuses a frame at %j on both channels without running the service', async (url) => {
    const { invoke, calls } = setUp();
    await expect(invoke(IPC_CHANNELS.appInfo, url)).rejects.toBeInstanceOf(UntrustedSenderError);
    await expect(invoke(IPC_CHANNELS.openArchiveDialog, url)).rejects.toBeInstanceOf(UntrustedSenderError);
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
