import { resolve } from 'node:path';
import { defineConfig, type UserConfig as ElectronViteConfig } from 'electron-vite';
import { loadConfigFromFile, type UserConfig } from 'vite';

const coreAlias = { '@core': resolve('renderer/src/core') };

/**
 * The renderer's config is the web build's (renderer/vite.config.ts), loaded by Vite's own loader and
 * pointed at out/renderer. Importing renderer/vite/config directly would not work: electron-vite bundles
 * this file into the repository root, where that module's `import.meta.dirname` names the wrong folder.
 */
async function desktopRendererConfig(mode: string): Promise<UserConfig> {
  const loaded = await loadConfigFromFile({ command: 'build', mode }, resolve('renderer/vite.config.ts'));
  if (!loaded) throw new Error('renderer/vite.config.ts not found');
  return { ...loaded.config, build: { ...loaded.config.build, outDir: resolve('out/renderer') } };
}

export default defineConfig(async ({ mode }): Promise<ElectronViteConfig> => ({
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
  renderer: await desktopRendererConfig(mode),
}));
