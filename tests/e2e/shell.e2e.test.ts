import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from '../harness/browser';

describe('app shell in Chromium', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows the app and its privacy promise', async () => {
    await app.page.getByRole('heading', { level: 1, name: 'Import your data' }).waitFor();
    expect(await app.page.locator('.brand-name').textContent()).toBe('Loupe');
    expect(await app.page.getByTestId('privacy-status').textContent()).toMatch(
      /nothing leaves this computer/,
    );
    const file = await app.screenshot('shell');
    expect(existsSync(file)).toBe(true);
  });

  it('is cross-origin isolated, so WASM can use threads', async () => {
    expect(await app.page.evaluate(() => globalThis.crossOriginIsolated)).toBe(true);
    expect(await app.page.evaluate(() => typeof SharedArrayBuffer)).toBe('function');
  });

  it('sends a strict content security policy', async () => {
    const response = await app.page.request.get(app.server.origin + '/');
    const csp = response.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:/);
  });

  it('made no request outside its own origin and raised no error', () => {
    expect(app.foreignRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
