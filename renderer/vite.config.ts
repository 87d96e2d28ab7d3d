import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { rendererConfig, repoRoot } from './vite/config';

/** Web mode: the same renderer as a plain page, built into dist-web/. */
export default defineConfig(rendererConfig(resolve(repoRoot, 'dist-web'), { benchPage: true }));
