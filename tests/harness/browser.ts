import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../electron/web/server';
import { TEST_OUTPUT_DIR, WEB_BUILD_DIR } from './paths';

export const CHROMIUM_PATH = process.env.LOUPE_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface AppSession {
  readonly server: StaticServer;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every request the page made that left the app's origin. */
  readonly foreignRequests: string[];
  /** Uncaught page errors and console errors. */
  readonly pageErrors: string[];
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

const isAppRequest = (origin: string, request: Request): boolean => {
  const url = request.url();
  return url.startsWith(origin + '/') || url.startsWith('data:') || url.startsWith('blob:');
};

/**
 * Serves the built web renderer and opens it in Debian's Chromium, with a fresh profile on disk like the
 * desktop app's. Not an incognito context: Chromium keeps an incognito IndexedDB in memory, and that
 * backend writes 100,000 rows several times slower than the on-disk one (measured: 13.5 s against 2.1 s
 * for 20,000 items with three indexes), so tests and benchmarks would measure a store no user has.
 */
export async function openApp(options: { locale?: string; path?: string } = {}): Promise<AppSession> {
  const server = await startStaticServer(WEB_BUILD_DIR);
  const profile = mkdtempSync(join(tmpdir(), 'loupe-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    locale: options.locale ?? 'en-US',
    viewport: { width: 1280, height: 860 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  page.on('request', (request) => {
    if (!isAppRequest(server.origin, request)) foreignRequests.push(request.url());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(server.origin + (options.path ?? '/'));
  mkdirSync(TEST_OUTPUT_DIR, { recursive: true });
  return {
    server,
    context,
    page,
    foreignRequests,
    pageErrors,
    async screenshot(name) {
      const file = resolve(TEST_OUTPUT_DIR, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
