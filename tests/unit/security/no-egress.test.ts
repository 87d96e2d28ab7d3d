import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runWithoutNetwork } from '../../harness/guarded-cli';
import { REPO_ROOT } from '../../harness/paths';

let scratch: string;
let zips: string[];

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'loupe-no-egress-'));
  execFileSync(
    process.execPath,
    ['--import', 'tsx', 'electron/cli/main.ts', 'demo', '--out', join(scratch, 'demo')],
    {
      cwd: REPO_ROOT,
      stdio: 'ignore',
    },
  );
  const exports = await readdir(join(scratch, 'demo', 'instagram-json'));
  zips = exports
    .filter((name) => name.endsWith('.zip'))
    .map((name) => join(scratch, 'demo', 'instagram-json', name));
}, 120_000);
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('the command line opens no socket', () => {
  it('the trap works: every network API tried by a probe is recorded and fails', () => {
    const probe = runWithoutNetwork([], { script: 'tests/harness/untrusted/egress-probe.ts' });
    expect(probe.stderr).toBe('');
    const result = JSON.parse(probe.stdout.trim()) as { tried: number; blocked: number };
    expect(result.blocked).toBe(result.tried);
    expect(probe.attempts.map((attempt) => attempt.api)).toEqual([
      'net.Socket.connect',
      'net.connect',
      'tls.connect',
      'dgram.createSocket',
      'http.request',
      'https.get',
      'fetch',
      'dns.lookup',
      'dns/promises.lookup',
    ]);
  });

  it('extract', () => {
    const run = runWithoutNetwork(['extract', ...zips, '--out', join(scratch, 'records.jsonl')]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.attempts).toEqual([]);
  });

  it('classify, with the bundled model', async () => {
    const input = join(scratch, 'texts.jsonl');
    await writeFile(
      input,
      ['ils mentent tous', 'see you at 8', 'the vaccine changes your DNA']
        .map((text, id) => JSON.stringify({ id, text }))
        .join('\n') + '\n',
    );
    const run = runWithoutNetwork(['classify', '--in', input]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(3);
    expect(run.attempts).toEqual([]);
  }, 240_000);

  it('audit, from the export to report.html and summary.json', () => {
    const run = runWithoutNetwork(['audit', ...zips, '--out', join(scratch, 'audit')]);
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout.trim().split('\n').at(-1)!)).toMatchObject({ type: 'audit', archives: 1 });
    expect(run.attempts).toEqual([]);
  }, 240_000);
});
