import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
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
  readonly browser: Browser;
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

/** Serves the built web renderer and opens it in Debian's Chromium. */
export async function openApp(options: { locale?: string; path?: string } = {}): Promise<AppSession> {
  const server = await startStaticServer(WEB_BUILD_DIR);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    locale: options.locale ?? 'en-US',
    viewport: { width: 1280, height: 860 },
  });
  const page = await context.newPage();
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
    browser,
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
      await browser.close();
      await server.close();
    },
  };
}
