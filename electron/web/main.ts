import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startStaticServer } from './server';

const root = resolve(import.meta.dirname, '../../dist-web');
if (!existsSync(resolve(root, 'index.html'))) {
  console.error('loupe: dist-web/ is missing; run `npm run build:web` first');
  process.exit(2);
}
const port = Number(process.env.PORT ?? 5174);
const { origin } = await startStaticServer(root, port);
console.warn(`Loupe (web mode) at ${origin}/ — serving on loopback only. Ctrl+C to stop.`);
