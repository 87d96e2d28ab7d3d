import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);

/** The onnxruntime-web build that transformers.js itself resolved: mixing versions breaks at run time. */
export function onnxRuntimeWebDist(): string {
  const transformersEntry = require.resolve('@huggingface/transformers');
  const fromTransformers = createRequire(transformersEntry);
  return join(dirname(fromTransformers.resolve('onnxruntime-web')), '.');
}

export const ORT_FILES = ['ort-wasm-simd-threaded.asyncify.mjs', 'ort-wasm-simd-threaded.asyncify.wasm'];

interface StaticMount {
  readonly urlPrefix: string;
  readonly dir: string;
  readonly files?: readonly string[];
}

function mounts(repoRoot: string): StaticMount[] {
  return [
    { urlPrefix: '/ort/', dir: onnxRuntimeWebDist(), files: ORT_FILES },
    { urlPrefix: '/models/', dir: resolve(repoRoot, 'models') },
  ];
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) =>
    statSync(join(dir, name)).isFile(),
  );
}

function modelFiles(dir: string): string[] {
  // Ship only what the app loads; training code and its work folder stay out of the bundle.
  return listFiles(dir).filter((name) => !name.split(sep).includes('train'));
}

/** Serves the ORT runtime files and the models in dev, and copies them into the build output. */
export function staticAssets(repoRoot: string): Plugin {
  return {
    name: 'loupe-static-assets',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        for (const mount of mounts(repoRoot)) {
          if (!url.startsWith(mount.urlPrefix)) continue;
          const file = resolve(mount.dir, url.slice(mount.urlPrefix.length));
          const inside = relative(mount.dir, file);
          if (inside.startsWith('..') || !existsSync(file) || !statSync(file).isFile()) break;
          if (file.endsWith('.wasm')) res.setHeader('Content-Type', 'application/wasm');
          if (file.endsWith('.mjs')) res.setHeader('Content-Type', 'text/javascript');
          createReadStream(file).pipe(res);
          return;
        }
        next();
      });
    },
    async generateBundle() {
      const { readFile } = await import('node:fs/promises');
      for (const mount of mounts(repoRoot)) {
        const files = mount.files ?? modelFiles(mount.dir);
        for (const name of files) {
          this.emitFile({
            type: 'asset',
            fileName: (mount.urlPrefix.slice(1) + name.split(sep).join('/')).replace(/^\//, ''),
            source: await readFile(join(mount.dir, name)),
          });
        }
      }
    },
  };
}
