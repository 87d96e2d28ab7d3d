import { EventEmitter } from 'node:events';
import type { ProxyConfig, Session, WebContents } from 'electron';

type BeforeRequestListener = (
  details: { url: string },
  callback: (response: { cancel?: boolean }) => void,
) => void;
type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
) => void;
type PermissionCheckHandler = (contents: unknown, permission: string) => boolean;
type DeviceHandler = (details: unknown) => boolean;
type ProtocolHandler = (request: Request) => Promise<Response>;

/** A stand-in for Electron's Session that records what the shell configured on it. */
export class FakeSession {
  beforeRequestFilter: unknown = null;
  beforeRequest: BeforeRequestListener | null = null;
  proxy: ProxyConfig | null = null;
  permissionRequest: PermissionRequestHandler | null = null;
  permissionCheck: PermissionCheckHandler | null = null;
  devicePermission: DeviceHandler | null = null;
  spellCheckerEnabled = true;
  dictionaryDownloadUrl: string | null = null;
  readonly protocolHandlers = new Map<string, ProtocolHandler>();

  /** `calls` may be a log shared with other fakes, to check the order of set-up steps. */
  constructor(readonly calls: string[] = []) {}

  readonly webRequest = {
    onBeforeRequest: (filter: unknown, listener: BeforeRequestListener) => {
      this.calls.push('webRequest.onBeforeRequest');
      this.beforeRequestFilter = filter;
      this.beforeRequest = listener;
    },
  };

  readonly protocol = {
    handle: (scheme: string, handler: ProtocolHandler) => {
      this.calls.push('protocol.handle');
      this.protocolHandlers.set(scheme, handler);
    },
  };

  async setProxy(config: ProxyConfig): Promise<void> {
    this.calls.push('setProxy');
    this.proxy = config;
  }

  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequest = handler;
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.permissionCheck = handler;
  }

  setDevicePermissionHandler(handler: DeviceHandler): void {
    this.devicePermission = handler;
  }

  setSpellCheckerEnabled(enabled: boolean): void {
    this.spellCheckerEnabled = enabled;
  }

  setSpellCheckerDictionaryDownloadURL(url: string): void {
    this.dictionaryDownloadUrl = url;
  }

  /** Runs the registered request filter the way Chromium would, and says whether it cancelled. */
  wouldCancel(url: string): boolean {
    if (!this.beforeRequest) throw new Error('no onBeforeRequest listener');
    let cancelled: boolean | undefined;
    this.beforeRequest({ url }, (response) => {
      cancelled = response.cancel === true;
    });
    if (cancelled === undefined) throw new Error('the listener never answered');
    return cancelled;
  }

  asSession(): Session {
    return this as unknown as Session;
  }
}

export interface FakeEvent {
  readonly defaultPrevented: boolean;
  preventDefault(): void;
}

export function fakeEvent(): FakeEvent {
  let prevented = false;
  return {
    get defaultPrevented() {
      return prevented;
    },
    preventDefault() {
      prevented = true;
    },
  };
}

type WindowOpenHandler = (details: { url: string }) => { action: string };

/** A stand-in for WebContents: an event emitter plus the window-open handler slot. */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | null = null;

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  /** Emits a cancellable event and reports whether a listener prevented it. */
  attempt(eventName: string, ...args: unknown[]): boolean {
    const event = fakeEvent();
    this.emit(eventName, event, ...args);
    return event.defaultPrevented;
  }

  asWebContents(): WebContents {
    return this as unknown as WebContents;
  }
}
