import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { demoFiles, hostileCases, STRESS, writeZip } from '../../harness/hostile';
import { REPO_ROOT } from '../../harness/paths';

/**
 * The user-facing contract under a small heap: `loupe extract` itself (not only the core) on the worst
 * inputs exits 0 or 2, prints only `loupe:` lines on stderr (one refusal at most), never a stack trace.
 * The hostile-corpus tests check the core's outcome per case; this checks what a person sees.
 */
const scratch = await mkdtemp(join(tmpdir(), 'loupe-heap-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));
const cases = await hostileCases();
const CI_CASES = ['deep-json', 'huge-json', 'not-a-zip'];
const chosen = cases.filter((entry) =>
  STRESS ? entry.heavy || CI_CASES.includes(entry.id) : CI_CASES.includes(entry.id),
);

function extractUnderHeapLimit(paths: readonly string[]) {
  return spawnSync(
    process.execPath,
    [
      '--max-old-space-size=256',
      '--import',
      'tsx',
      'electron/cli/main.ts',
      'extract',
      ...paths,
      '--out',
      join(scratch, 'out.jsonl'),
    ],
    { cwd: REPO_ROOT, encoding: 'utf8', timeout: STRESS ? 580_000 : 110_000, maxBuffer: 16 * 2 ** 20 },
  );
}

function expectCleanOutcome(run: ReturnType<typeof extractUnderHeapLimit>): void {
  expect(run.error, 'finished in time').toBeUndefined();
  expect([0, 2], run.stderr.slice(0, 500)).toContain(run.status);
  const lines = run.stderr.split('\n').filter(Boolean);
  expect(
    lines.filter((line) => !line.startsWith('loupe: ')),
    'only loupe: lines',
  ).toEqual([]);
  expect(run.stderr).not.toMatch(/\n\s+at |internal error|heap out of memory|Maximum call stack/);
  if (run.status === 2) expect(lines.filter((line) => !line.startsWith('loupe: warning: '))).toHaveLength(1);
  else expect(JSON.parse(run.stdout.trim().split('\n').at(-1)!)).toMatchObject({ type: 'summary' });
}

describe('loupe extract under a 256 MB heap on the worst inputs', () => {
  for (const entry of chosen) {
    it(`${entry.id}: exit 0 or 2, loupe: lines only`, async () => {
      expectCleanOutcome(extractUnderHeapLimit(await entry.build(join(scratch, 'cases'))));
    }, 600_000);
  }

  it('an HTML page nested 20,000 levels deep: exit 0, the page named in a warning', async () => {
    const files = demoFiles('instagram-html');
    const target = files.find((file) => /messages\/inbox\/.*\.html$/.test(file.path))!;
    const deep = `<div class="_a6-g"><div class="_a6-p">${'<div>'.repeat(20_000)}x${'</div>'.repeat(20_000)}</div></div>`;
    const zip = join(scratch, 'deep-html.zip');
    await writeFile(
      zip,
      await writeZip(files.map((file) => (file === target ? { path: file.path, content: deep } : file))),
    );
    const run = extractUnderHeapLimit([zip]);
    expectCleanOutcome(run);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/loupe: warning: skipped .*message_1\.html: unreadable/);
  }, 120_000);
});
