import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './renderer/vite/config';

const coreAlias = { '@core': resolve('renderer/src/core') };

export default defineConfig({
  main: {
    resolve: { alias: coreAlias },
    build: {
      outDir: 'out/main',
      // The classifier runs in an Electron utility process: its own entry, out/main/classifier.js.
      lib: {
        entry: {
          main: resolve('electron/main/index.ts'),
          classifier: resolve('electron/classifier/entry.ts'),
        },
      },
      rollupOptions: { output: { entryFileNames: '[name].js' } },
    },
  },
  preload: {
    resolve: { alias: coreAlias },
    build: {
      outDir: 'out/preload',
      lib: { entry: resolve('electron/preload/index.ts') },
      // A sandboxed preload cannot be an ES module.
      rollupOptions: { output: { format: 'cjs', entryFileNames: 'preload.cjs' } },
    },
  },
  renderer: rendererConfig(resolve('out/renderer')),
});
