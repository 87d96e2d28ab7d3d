import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { extractCommand } from '../../../electron/cli/commands/extract';
import { runCli } from '../../../electron/cli/run';
import { REPO_ROOT } from '../../harness/paths';
import { metaJson, writeFolder, zipOf } from './builders';
import { facebookJsonExport } from './facebook-fixtures';
import { instagramJsonExport } from './instagram-fixtures';

const program = { version: '0.0.0', commands: [extractCommand] };

async function run(args: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const code = await runCli(program, ['extract', ...args], { stdout, stderr, stdin: new PassThrough() });
  return { code, out, err };
}

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));
const tempDir = () => {
  const folder = writeFolder({});
  cleanups.push(folder.cleanup);
  return folder.dir;
};

describe('extract command', () => {
  it('writes JSON Lines to --out and one summary line on stdout', async () => {
    const dir = tempDir();
    const zip = join(dir, 'instagram-zoe-2024-07-01-abc.zip');
    writeFileSync(zip, await zipOf(instagramJsonExport()));
    const out = join(dir, 'records.jsonl');
    const result = await run([zip, '--out', out]);
    expect(result.code).toBe(0);
    const lines = result.out.trim().split('\n');
    expect(lines).toHaveLength(1);
    const summary = JSON.parse(lines[0]!);
    expect(summary).toMatchObject({
      type: 'summary',
      platforms: ['instagram'],
      filesRead: expect.any(Number),
    });
    expect(summary.items.byKind.post).toBe(2);
    expect(summary.filesSkipped.byReason.no_data).toBe(1);
    expect(summary.mediaSkipped.count).toBe(2);
    const records = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(records.filter((record) => record.type === 'item')).toHaveLength(summary.items.total);
    expect(records.filter((record) => record.type === 'exposure')).toHaveLength(summary.exposures.total);
    expect(records[0]).toMatchObject({
      type: expect.stringMatching(/item|exposure/),
      archiveId: summary.archiveId,
      v: 1,
    });
  });

  it('merges ZIP parts, counting duplicate paths, and gives the same ids as the extracted folder', async () => {
    const dir = tempDir();
    const files = facebookJsonExport();
    const paths = Object.keys(files);
    const half = Math.ceil(paths.length / 2);
    const part = (keys: string[]) => Object.fromEntries(keys.map((key) => [key, files[key]!]));
    // The second half and one shared file (counted as a duplicate) go in part 2.
    writeFileSync(join(dir, 'facebook-lea-1.zip'), await zipOf(part(paths.slice(0, half))));
    writeFileSync(join(dir, 'facebook-lea-2.zip'), await zipOf(part([...paths.slice(half), paths[0]!])));
    const parts = await run([
      join(dir, 'facebook-lea-2.zip'),
      join(dir, 'facebook-lea-1.zip'),
      '--out',
      join(dir, 'a.jsonl'),
    ]);
    expect(parts.code).toBe(0);
    const partsSummary = JSON.parse(parts.out);
    expect(partsSummary.duplicatePaths).toBe(1);

    const folder = writeFolder(files);
    cleanups.push(folder.cleanup);
    const whole = await run([folder.dir, '--out', join(dir, 'b.jsonl')]);
    expect(whole.code).toBe(0);
    const ids = (file: string) =>
      readFileSync(join(dir, file), 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).id)
        .sort();
    expect(ids('a.jsonl')).toEqual(ids('b.jsonl'));
    expect(JSON.parse(whole.out).archiveId).toBe(partsSummary.archiveId);
  });

  it('skips a malformed file with a warning (no content) and imports the rest', async () => {
    const dir = tempDir();
    const files = {
      ...instagramJsonExport(),
      'your_instagram_activity/likes/liked_posts.json': metaJson({
        likes_media_likes: [{ title: 'secret.owner' }],
      }).slice(0, 30),
    };
    const zip = join(dir, 'x.zip');
    writeFileSync(zip, await zipOf(files));
    const result = await run([zip, '--out', join(dir, 'x.jsonl')]);
    expect(result.code).toBe(0);
    expect(result.err).toMatch(
      /loupe: warning: skipped your_instagram_activity\/likes\/liked_posts\.json: malformed_json/,
    );
    expect(result.err).not.toContain('secret');
    expect(JSON.parse(result.out).items.byKind.post).toBe(2);
  });

  it('writes records then the summary to stdout without --out', async () => {
    const dir = tempDir();
    const zip = join(dir, 'x.zip');
    writeFileSync(zip, await zipOf(instagramJsonExport()));
    const result = await run([zip]);
    const lines = result.out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.at(-1).type).toBe('summary');
    expect(lines.slice(0, -1).every((line) => line.type === 'item' || line.type === 'exposure')).toBe(true);
  });

  it('exits 2 with one clear line for unusable input', async () => {
    const dir = tempDir();
    const notMeta = join(dir, 'holiday.zip');
    writeFileSync(notMeta, await zipOf({ 'photos/beach.jpg': new Uint8Array(10), 'notes/todo.txt': 'x' }));
    const refused = await run([notMeta]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(
      /^loupe: no Instagram or Facebook files found in holiday\.zip; found: photos\/, notes\/\n$/,
    );
    const garbage = join(dir, 'garbage.zip');
    writeFileSync(garbage, 'this is not a zip file at all');
    const notZip = await run([garbage]);
    expect(notZip.code).toBe(2);
    expect(notZip.err).toMatch(/^loupe: garbage\.zip is not a readable ZIP file or folder/);
    const missing = await run([join(dir, 'nope.zip')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/no such file or folder\n$/);
    expect((await run([])).code).toBe(2);
  });

  it('runs through npm run loupe', async () => {
    const dir = tempDir();
    const zip = join(dir, 'x.zip');
    writeFileSync(zip, await zipOf(instagramJsonExport()));
    const result = spawnSync(
      'npm',
      ['run', '--silent', 'loupe', '--', 'extract', zip, '--out', join(dir, 'o.jsonl')],
      {
        cwd: REPO_ROOT,
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout.trim()).platforms).toEqual(['instagram']);
  });
});
