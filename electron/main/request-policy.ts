import { APP_HOST, APP_SCHEME } from './app-origin';

export interface RequestPolicy {
  /** `devtools:` pages, allowed only in an unpackaged app. */
  readonly allowDevtools: boolean;
  /** The loopback dev server of `electron-vite dev` (http and its HMR websocket); null otherwise. */
  readonly devServerOrigin: string | null;
}

function isDevServer(url: URL, devServerOrigin: string | null): boolean {
  if (devServerOrigin === null) return false;
  const dev = new URL(devServerOrigin);
  const sameScheme = url.protocol === dev.protocol || (url.protocol === 'ws:' && dev.protocol === 'http:');
  return sameScheme && url.host === dev.host;
}

/**
 * The privacy promise in one function: the page may load its own app:// files, in-memory `data:` and
 * `blob:` URLs, and in development DevTools and the loopback dev server. Everything else is cancelled.
 */
export function isRequestAllowed(rawUrl: string, policy: RequestPolicy): boolean {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return false;
  }
  switch (url.protocol) {
    case `${APP_SCHEME}:`:
      return url.host === APP_HOST;
    case 'data:':
    case 'blob:':
      return true;
    case 'devtools:':
      return policy.allowDevtools;
    default:
      return isDevServer(url, policy.devServerOrigin);
  }
}
