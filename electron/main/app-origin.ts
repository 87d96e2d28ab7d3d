import type { CustomScheme } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'loupe';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Privileges of the app:// scheme. `standard` gives it an origin (IndexedDB and relative URLs need one),
 * `secure` makes it a secure context (cross-origin isolation needs one), `supportFetchAPI` lets
 * transformers.js fetch models and `stream` lets large files and archive ranges stream. It must never
 * get `bypassCSP`, and `corsEnabled` stays off so that no other origin can read it.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
};

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The origins whose pages may load in the window and call the preload API. */
export interface TrustedOrigins {
  /** The dev server's origin under `electron-vite dev`; null in a packaged or previewed app. */
  readonly devServerOrigin: string | null;
}

export function isTrustedPageUrl(url: string, trusted: TrustedOrigins): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  return trusted.devServerOrigin !== null && parsed.origin === trusted.devServerOrigin;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Accepts the dev server URL that electron-vite passes in ELECTRON_RENDERER_URL only in an unpackaged
 * app and only on loopback over http, so that a tampered environment cannot point the window elsewhere.
 */
export function devServerOrigin(rendererUrl: string | undefined, isPackaged: boolean): string | null {
  if (isPackaged || !rendererUrl) return null;
  const parsed = parse(rendererUrl);
  if (!parsed || parsed.protocol !== 'http:' || !LOOPBACK_HOSTS.has(parsed.hostname)) return null;
  return parsed.origin;
}
