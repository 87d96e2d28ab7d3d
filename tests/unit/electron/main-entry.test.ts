import type { MenuItemConstructorOptions } from 'electron';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL, APP_SCHEME_PRIVILEGES } from '../../../electron/main/app-origin';
import { secureWebPreferences } from '../../../electron/main/web-preferences';
import { IPC_CHANNELS } from '../../../electron/preload/channels';
import { SECURITY_HEADERS } from '../../../electron/shared/headers';
import { FakeSession, FakeWebContents } from './fakes';

/** The electron module as the main process sees it, recording the order in which the shell uses it. */
const fake = vi.hoisted(() => {
  const log: string[] = [];
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  const windows: { options: { webPreferences?: Record<string, unknown> }; url: string | null }[] = [];
  const ipcChannels: string[] = [];
  let menuTemplate: unknown = null;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const state = {
    log,
    appListeners,
    windows,
    ipcChannels,
    session: null as unknown,
    registeredSchemes: null as unknown,
    get menuTemplate() {
      return menuTemplate;
    },
    markReady: () => markReady(),
  };
  class BrowserWindow {
    static getAllWindows() {
      return windows;
    }
    static fromWebContents() {
      return null;
    }
    readonly record: (typeof windows)[number];
    constructor(options: (typeof windows)[number]['options']) {
      log.push('new BrowserWindow');
      this.record = { options, url: null };
      windows.push(this.record);
    }
    once() {}
    show() {}
    async loadURL(url: string) {
      log.push('loadURL');
      this.record.url = url;
    }
  }
  const electronModule = {
    app: {
      isPackaged: true,
      enableSandbox: () => log.push('app.enableSandbox'),
      on: (name: string, listener: (...args: unknown[]) => void) => appListeners.set(name, listener),
      whenReady: () => ready,
      requestSingleInstanceLock: () => true,
      quit: () => log.push('app.quit'),
      exit: () => log.push('app.exit'),
      getPath: () => '/nonexistent/user-data',
      getVersion: () => '9.9.9',
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => {
        log.push('registerSchemesAsPrivileged');
        state.registeredSchemes = schemes;
      },
    },
    session: {
      get defaultSession() {
        return state.session;
      },
    },
    ipcMain: { handle: (channel: string) => ipcChannels.push(channel) },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (template: unknown) => {
        menuTemplate = template;
      },
    },
    BrowserWindow,
    dialog: {},
    utilityProcess: {
      fork: () => {
        log.push('utilityProcess.fork');
        throw new Error('not in unit tests');
      },
    },
  };
  return Object.assign(state, { electronModule });
});

vi.mock('electron', () => fake.electronModule);

const session = new FakeSession(fake.log);

beforeAll(async () => {
  fake.session = session;
  delete process.env.ELECTRON_RENDERER_URL;
  await import('../../../electron/main/index');
});

describe('main process start-up', () => {
  it('registers app:// as privileged and sandboxes every renderer before the app is ready', () => {
    expect(fake.registeredSchemes).toEqual([APP_SCHEME_PRIVILEGES]);
    expect(fake.log).toEqual(['registerSchemesAsPrivileged', 'app.enableSandbox']);
    expect(fake.windows).toHaveLength(0);
  });

  it('guards every web contents the app creates', () => {
    const listener = fake.appListeners.get('web-contents-created');
    const contents = new FakeWebContents();
    listener?.({}, contents.asWebContents());
    expect(contents.attempt('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('opens the window on app:// only after the network is locked down', async () => {
    fake.markReady();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    const step = (name: string) => {
      const index = fake.log.indexOf(name);
      expect(index, name).toBeGreaterThanOrEqual(0);
      return index;
    };
    expect(step('webRequest.onBeforeRequest')).toBeLessThan(step('new BrowserWindow'));
    expect(step('setProxy')).toBeLessThan(step('new BrowserWindow'));
    expect(step('protocol.handle')).toBeLessThan(step('loadURL'));
    expect(fake.windows[0]?.url).toBe(APP_ENTRY_URL);
    expect(session.wouldCancel('https://example.com/')).toBe(true);
    expect(session.proxy?.proxyBypassRules).toBe('<-loopback>');
  });

  it('creates the window with the secure web preferences and the CommonJS preload', () => {
    const prefs = fake.windows[0]?.options.webPreferences ?? {};
    const preload = String(prefs.preload);
    expect(preload.endsWith('preload/preload.cjs') || preload.endsWith('preload\\preload.cjs')).toBe(true);
    expect(prefs).toEqual(secureWebPreferences(preload));
  });

  it('denies permissions and turns the spell checker off on the session', () => {
    let granted: boolean | undefined;
    session.permissionRequest?.(null, 'media', (answer) => {
      granted = answer;
    });
    expect(granted).toBe(false);
    expect(session.permissionCheck?.(null, 'notifications')).toBe(false);
    expect(session.spellCheckerEnabled).toBe(false);
  });

  it('serves app:// with the security headers', async () => {
    const handler = session.protocolHandlers.get('app');
    const response = await handler?.(new Request('app://loupe/no-such-file.js'));
    expect(response?.status).toBe(404);
    expect(response?.headers.get('Cross-Origin-Embedder-Policy')).toBe(
      SECURITY_HEADERS['Cross-Origin-Embedder-Policy'],
    );
  });

  it('starts no classifier process until the page asks for one', () => {
    expect(fake.log).not.toContain('utilityProcess.fork');
  });

  it('registers only the preload’s IPC channels', () => {
    expect([...fake.ipcChannels].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  it('replaces the default menu, whose Help items open web pages, with one of roles only', () => {
    const template = fake.menuTemplate as MenuItemConstructorOptions[];
    const items: MenuItemConstructorOptions[] = [];
    const walk = (list: MenuItemConstructorOptions[]) => {
      for (const item of list) {
        items.push(item);
        if (Array.isArray(item.submenu)) walk(item.submenu);
      }
    };
    walk(template);
    expect(items.length).toBeGreaterThan(3);
    expect(items.filter((item) => item.click !== undefined)).toEqual([]);
    expect(items.filter((item) => item.role === 'help')).toEqual([]);
    expect(items.filter((item) => item.role === 'toggleDevTools')).toEqual([]);
  });
});
