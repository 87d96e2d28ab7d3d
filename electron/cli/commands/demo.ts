import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { generateDemoExports } from '@core/demo';
import { parseArgs, stringOption } from '../args';
import type { CliCommand } from '../command';
import { UsageError } from '../usage-error';

async function prepareDirectory(path: string): Promise<void> {
  const existing = await stat(path).catch(() => null);
  if (existing && !existing.isDirectory()) throw new UsageError(`--out ${path} exists and is not a folder`);
  try {
    await mkdir(path, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new UsageError(`cannot create the folder ${path} (${code})`);
  }
}

export const demoCommand: CliCommand = {
  name: 'demo',
  summary: 'write synthetic Instagram and Facebook demo exports (JSON and HTML) and their manifest',
  usage: '--out DIR',
  async run(args, io) {
    const parsed = parseArgs(args, { valueOptions: ['out'] });
    if (parsed.positional.length > 0) throw new UsageError(`unexpected argument "${parsed.positional[0]}"`);
    const out = stringOption(parsed, 'out');
    if (!out) throw new UsageError('demo needs --out DIR');
    const root = resolve(out);
    await prepareDirectory(root);

    const bundle = await generateDemoExports();
    const written: { export: string; files: string[]; items: number; exposures: number }[] = [];
    for (const demo of bundle.exports) {
      const folder = join(root, demo.manifest.key);
      await mkdir(folder, { recursive: true });
      const files: string[] = [];
      for (const zip of demo.zips) {
        const path = join(folder, zip.name);
        await writeFile(path, zip.bytes);
        files.push(path);
      }
      written.push({
        export: demo.manifest.key,
        files,
        items: demo.manifest.items.length,
        exposures: demo.manifest.exposures.length,
      });
      io.stderr.write(
        `${demo.manifest.key}: ${files.length} zip file(s), ${demo.manifest.items.length} items, ${demo.manifest.exposures.length} exposures\n`,
      );
    }
    const manifestPath = join(root, 'manifest.json');
    await writeFile(manifestPath, JSON.stringify(bundle.manifest, null, 2) + '\n');
    io.stderr.write(`manifest: ${manifestPath}\n`);
    io.stdout.write(
      JSON.stringify({ out: root, manifest: manifestPath, seed: bundle.manifest.seed, exports: written }) +
        '\n',
    );
    return 0;
  },
};
