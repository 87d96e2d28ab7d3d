import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

const URL_PREFIX = '/models/';

/** Model files the app loads; the training pipeline and its work folder stay out of the bundle. */
function modelFiles(modelsDir: string): string[] {
  if (!existsSync(modelsDir)) return [];
  return readdirSync(modelsDir, { recursive: true, encoding: 'utf8' }).filter(
    (name) => !name.split(sep).includes('train') && statSync(join(modelsDir, name)).isFile(),
  );
}

/**
 * Serves the bundled models at /models/ in dev and copies them into the build output. (The onnxruntime-web
 * runtime files are ordinary Vite assets, imported with `?url` by the classifier worker.)
 */
export function bundledModels(repoRoot: string): Plugin {
  const modelsDir = resolve(repoRoot, 'models');
  return {
    name: 'loupe-bundled-models',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        if (!url.startsWith(URL_PREFIX)) return next();
        const file = resolve(modelsDir, url.slice(URL_PREFIX.length));
        const inside = relative(modelsDir, file);
        if (inside.startsWith('..') || inside.split(sep).includes('train') || !existsSync(file))
          return next();
        if (!statSync(file).isFile()) return next();
        createReadStream(file).pipe(res);
      });
    },
    async generateBundle() {
      for (const name of modelFiles(modelsDir)) {
        this.emitFile({
          type: 'asset',
          fileName: 'models/' + name.split(sep).join('/'),
          source: await readFile(join(modelsDir, name)),
        });
      }
    },
  };
}
