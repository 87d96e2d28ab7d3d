import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { openApp, type AppSession } from '../harness/browser';
import { WEB_BUILD_DIR } from '../harness/paths';

/** Opens the web build's benchmark page in Chromium (build it first with `npm run build:web`). */
export async function openBenchPage(): Promise<AppSession> {
  if (!existsSync(resolve(WEB_BUILD_DIR, 'bench.html'))) {
    throw new Error('dist-web/bench.html is missing: run `npm run build:web` first');
  }
  const app = await openApp({ path: '/bench.html' });
  await app.page.waitForFunction(() => window.loupeBench !== undefined);
  return app;
}
