import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { captureCliIo } from '../../harness/cli-capture';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../electron/cli/commands';
import { runCli } from '../../../electron/cli/run';
import type { DemoManifest } from '@core/demo';

const program = { version: '0.0.0', commands: COMMANDS };
const scratch = await mkdtemp(join(tmpdir(), 'loupe-demo-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('loupe demo', () => {
  it('writes the four exports and the manifest, one JSON line on stdout', async () => {
    const out = join(scratch, 'demo');
    const run = captureCliIo();
    expect(await runCli(program, ['demo', '--out', out], run.io)).toBe(0);
    const lines = run.out().trim().split('\n');
    expect(lines).toHaveLength(1);
    const summary = JSON.parse(lines[0]!) as { exports: { export: string; files: string[] }[] };
    expect(summary.exports.map((entry) => entry.export)).toEqual([
      'instagram-json',
      'instagram-html',
      'facebook-json',
      'facebook-html',
    ]);
    expect((await readdir(join(out, 'facebook-json'))).sort()).toEqual(
      expect.arrayContaining([expect.stringMatching(/-part1\.zip$/), expect.stringMatching(/-part2\.zip$/)]),
    );
    expect(await readdir(join(out, 'instagram-html'))).toEqual([
      expect.stringMatching(/^instagram-.*\.zip$/),
    ]);
    for (const entry of summary.exports)
      for (const file of entry.files) expect((await readFile(file)).subarray(0, 2).toString()).toBe('PK');
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as DemoManifest;
    expect(manifest.exports).toHaveLength(4);
    expect(manifest.exports[0]!.items.length).toBeGreaterThan(20);
    expect(run.err()).toMatch(/instagram-json: 1 zip file/);
  });

  it('exits 2 with one loupe: line when --out is missing or not a folder', async () => {
    const missing = captureCliIo();
    expect(await runCli(program, ['demo'], missing.io)).toBe(2);
    expect(missing.err()).toBe('loupe: demo needs --out DIR\n');
    const file = join(scratch, 'a-file');
    await writeFile(file, 'x');
    const notFolder = captureCliIo();
    expect(await runCli(program, ['demo', '--out', file], notFolder.io)).toBe(2);
    expect(notFolder.err()).toMatch(/^loupe: --out .* is not a folder\n$/);
  });
});
