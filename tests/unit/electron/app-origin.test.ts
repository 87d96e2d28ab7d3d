import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_SCHEME_PRIVILEGES,
  devServerOrigin,
  isTrustedPageUrl,
} from '../../../electron/main/app-origin';

describe('app:// scheme privileges', () => {
  it('are standard (IndexedDB), secure (isolation), fetchable and streamable', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({
      standard: true,
      secure: true,
      supportFetchAPI: true,
      stream: true,
    });
  });

  it('never bypass the CSP nor open the scheme to other origins', () => {
    expect(APP_SCHEME_PRIVILEGES.privileges?.bypassCSP).not.toBe(true);
    expect(APP_SCHEME_PRIVILEGES.privileges?.corsEnabled).not.toBe(true);
    expect(APP_SCHEME_PRIVILEGES.privileges?.allowServiceWorkers).not.toBe(true);
  });
});

describe('isTrustedPageUrl', () => {
  it('trusts the app origin and, when given, the dev server origin', () => {
    expect(isTrustedPageUrl(APP_ENTRY_URL, { devServerOrigin: null })).toBe(true);
    expect(isTrustedPageUrl('http://localhost:5173/', { devServerOrigin: null })).toBe(false);
    expect(isTrustedPageUrl('http://localhost:5173/', { devServerOrigin: 'http://localhost:5173' })).toBe(
      true,
    );
    expect(isTrustedPageUrl('app://loupe.evil/', { devServerOrigin: null })).toBe(false);
  });
});

describe('devServerOrigin', () => {
  it('accepts electron-vite’s loopback URL in an unpackaged app only', () => {
    expect(devServerOrigin('http://localhost:5173/', false)).toBe('http://localhost:5173');
    expect(devServerOrigin('http://127.0.0.1:5173', false)).toBe('http://127.0.0.1:5173');
    expect(devServerOrigin('http://localhost:5173/', true)).toBeNull();
    expect(devServerOrigin(undefined, false)).toBeNull();
  });

  it('refuses a dev URL that is not plain http on loopback', () => {
    expect(devServerOrigin('https://example.com/', false)).toBeNull();
    expect(devServerOrigin('http://192.168.1.10:5173/', false)).toBeNull();
    expect(devServerOrigin('file:///tmp/index.html', false)).toBeNull();
    expect(devServerOrigin('http://localhost.evil.com:5173/', false)).toBeNull();
  });
});
