import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { UserConfig } from 'vite';
import { SECURITY_HEADERS } from '../../electron/shared/headers';
import { bundledModels } from './bundled-models';

export const repoRoot = resolve(import.meta.dirname, '../..');
const appVersion = (
  JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8')) as { version: string }
).version;

/**
 * The renderer's Vite config, shared by the desktop build (electron-vite) and the web build. The web build
 * also carries the benchmark page that `npm run bench` drives in Chromium; the desktop app never has it.
 */
export function rendererConfig(outDir: string, options: { benchPage?: boolean } = {}): UserConfig {
  const input = {
    index: resolve(repoRoot, 'renderer/index.html'),
    ...(options.benchPage ? { bench: resolve(repoRoot, 'renderer/bench.html') } : {}),
  };
  return {
    root: resolve(repoRoot, 'renderer'),
    base: './',
    plugins: [react(), bundledModels(repoRoot)],
    resolve: { alias: { '@core': resolve(repoRoot, 'renderer/src/core') } },
    define: { __APP_VERSION__: JSON.stringify(appVersion) },
    worker: { format: 'es' },
    server: { headers: { ...SECURITY_HEADERS } },
    preview: { headers: { ...SECURITY_HEADERS } },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: { input },
    },
  };
}
