import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeHugeJsonExport } from '../../harness/hostile';
import { runCliChild, seededRandom } from '../../harness/kill-runs';
import { REPO_ROOT } from '../../harness/paths';

const STRESS = process.env.LOUPE_STRESS === '1';
const KILLS = STRESS ? 40 : 3;
// Each kill is a fresh Node process with tsx (seconds each): the stress loop needs far more than CI's.
const LOOP_TIMEOUT_MS = STRESS ? 3_600_000 : 600_000;
const CRASH_PRELOAD = resolve(REPO_ROOT, 'tests/harness/crash-on-write.ts');
const AUDIT_FILES = ['report.json', 'report.html', 'summary.json'] as const;

let scratch: string;
let demoZips: string[];
let bigExport: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'loupe-kill-'));
  const demo = await runCliChild(['demo', '--out', join(scratch, 'demo')]);
  expect(demo.code).toBe(0);
  const folder = join(scratch, 'demo', 'instagram-json');
  demoZips = readdirSync(folder)
    .filter((name) => name.endsWith('.zip'))
    .map((name) => join(folder, name));
  bigExport = await writeHugeJsonExport(
    join(scratch, 'big', 'instagram-big-2026-01-12-KILL'),
    (STRESS ? 64 : 6) * 2 ** 20,
  );
}, 120_000);
afterAll(() => rm(scratch, { recursive: true, force: true }));

const sortedLines = (text: string) => text.split('\n').filter(Boolean).sort();

/** A final audit file left on disk must be whole: JSON that parses, HTML that reaches its end. */
function checkAuditFile(dir: string, name: (typeof AUDIT_FILES)[number]): void {
  const path = join(dir, name);
  if (!existsSync(path)) return;
  const text = readFileSync(path, 'utf8');
  if (name.endsWith('.json')) expect(() => JSON.parse(text), `${name} is whole JSON`).not.toThrow();
  else expect(text.trimEnd().endsWith('</html>'), `${name} reaches </html>`).toBe(true);
}

describe('extract killed with SIGKILL', () => {
  let reference: string[];
  let writingMs: number;

  beforeAll(async () => {
    const dir = join(scratch, 'reference');
    await mkdir(dir);
    const run = await runCliChild(['extract', bigExport, '--out', join(dir, 'records.jsonl')], {
      watchDir: dir,
    });
    expect(run.code, run.stderr).toBe(0);
    reference = sortedLines(readFileSync(join(dir, 'records.jsonl'), 'utf8'));
    expect(run.outputAppearedMs).not.toBeNull();
    writingMs = run.elapsedMs - run.outputAppearedMs!;
  }, 120_000);

  it(
    'at random moments while it writes: no records file or the whole one is left, and a rerun completes',
    async () => {
      const random = seededRandom(0x10c4e);
      const dir = join(scratch, 'killed');
      const out = join(dir, 'records.jsonl');
      let killedMidway = 0;
      for (let i = 0; i < KILLS; i++) {
        await rm(dir, { recursive: true, force: true });
        await mkdir(dir);
        const run = await runCliChild(['extract', bigExport, '--out', out], {
          watchDir: dir,
          killAfterOutputMs: Math.round(writingMs * random()),
        });
        if (run.signal !== 'SIGKILL') continue;
        killedMidway += 1;
        if (existsSync(out)) {
          expect(sortedLines(readFileSync(out, 'utf8')), `kill ${i}: a partial records file`).toEqual(
            reference,
          );
        }
      }
      expect(killedMidway).toBeGreaterThan(0);
      const rerun = await runCliChild(['extract', bigExport, '--out', out]);
      expect(rerun.code, rerun.stderr).toBe(0);
      expect(sortedLines(readFileSync(out, 'utf8'))).toEqual(reference);
    },
    LOOP_TIMEOUT_MS,
  );

  it('in the middle of writing the records file: no half file is left under the final name', async () => {
    const dir = join(scratch, 'torn-extract');
    const out = join(dir, 'records.jsonl');
    await mkdir(dir, { recursive: true });
    const run = await runCliChild(['extract', ...demoZips, '--out', out], {
      preload: CRASH_PRELOAD,
      env: { LOUPE_CRASH_DIR: dir, LOUPE_CRASH_AT_WRITE: '0' },
    });
    expect(run.signal).toBe('SIGKILL');
    expect(existsSync(out) ? readFileSync(out, 'utf8') : 'absent').toBe('absent');
  }, 120_000);
});

describe('audit killed with SIGKILL', () => {
  let fullRunMs: number;

  beforeAll(async () => {
    const run = await runCliChild(['audit', ...demoZips, '--out', join(scratch, 'audit-reference')]);
    expect(run.code, run.stderr).toBe(0);
    fullRunMs = run.elapsedMs;
  }, 240_000);

  it(
    'at random moments: every report file left is whole, and a rerun completes',
    async () => {
      const random = seededRandom(0xa0d17);
      const dir = join(scratch, 'audit-killed');
      for (let i = 0; i < KILLS; i++) {
        const run = await runCliChild(['audit', ...demoZips, '--out', dir], {
          killAfterMs: Math.round(fullRunMs * (0.5 + 0.55 * random())),
        });
        for (const name of AUDIT_FILES) checkAuditFile(dir, name);
        if (run.signal !== 'SIGKILL') expect(run.code, run.stderr).toBe(0);
      }
      const rerun = await runCliChild(['audit', ...demoZips, '--out', dir]);
      expect(rerun.code, rerun.stderr).toBe(0);
      for (const name of AUDIT_FILES) expect(existsSync(join(dir, name)), name).toBe(true);
      for (const name of AUDIT_FILES) checkAuditFile(dir, name);
    },
    LOOP_TIMEOUT_MS,
  );

  for (const [index, name] of AUDIT_FILES.entries()) {
    it(`in the middle of writing ${name}: no half file is left under its final name`, async () => {
      const dir = join(scratch, `torn-audit-${index}`);
      const run = await runCliChild(['audit', ...demoZips, '--out', dir], {
        preload: CRASH_PRELOAD,
        env: { LOUPE_CRASH_DIR: dir, LOUPE_CRASH_AT_WRITE: String(index) },
      });
      expect(run.signal).toBe('SIGKILL');
      for (const file of AUDIT_FILES) checkAuditFile(dir, file);
    }, 240_000);
  }
});
