import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atomicWriteStream, writeFileAtomic } from '../../../electron/cli/atomic-output';
import { demoZips } from '../../harness/hostile';
import { runCliChild } from '../../harness/kill-runs';
import { REPO_ROOT } from '../../harness/paths';

const CRASH_PRELOAD = resolve(REPO_ROOT, 'tests/harness/crash-on-write.ts');

let scratch: string;
let zips: string[];
let sleeper: ChildProcess;

/** The pid of a process that has exited (pids are not reused this quickly). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await once(child, 'exit');
  return child.pid!;
}

const partials = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.partial'));

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'loupe-partials-'));
  zips = [];
  for (const zip of await demoZips('instagram-json')) {
    const path = join(scratch, zip.name);
    await writeFile(path, zip.bytes);
    zips.push(path);
  }
  sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 600000)']);
});
afterAll(async () => {
  sleeper?.kill('SIGKILL');
  await rm(scratch, { recursive: true, force: true });
});

describe('partial files of dead writers', () => {
  it('writing a final file removes the partial files of dead writers of that file only', async () => {
    const dir = join(scratch, 'unit');
    await mkdir(dir);
    const out = join(dir, 'report.json');
    const dead = await deadPid();
    const left = {
      deadSameFile: `report.json.${dead}.partial`,
      liveSameFile: `report.json.${sleeper.pid}.partial`,
      deadOtherFile: `summary.json.${dead}.partial`,
      notAPid: 'report.json.backup.partial',
    };
    for (const name of Object.values(left)) await writeFile(join(dir, name), 'half');

    await writeFileAtomic(out, '{"whole":true}');
    expect(readFileSync(out, 'utf8')).toBe('{"whole":true}');
    expect(partials(dir).sort()).toEqual([left.liveSameFile, left.deadOtherFile, left.notAPid].sort());

    const records = join(dir, 'summary.json');
    const stream = atomicWriteStream(records);
    expect(partials(dir)).not.toContain(left.deadOtherFile);
    stream.stream.write('{}');
    await stream.commit();
    expect(partials(dir).sort()).toEqual([left.liveSameFile, left.notAPid].sort());
  });

  it('an output folder that does not exist yet is no error', async () => {
    const out = join(scratch, 'not-yet', 'records.jsonl');
    const stream = atomicWriteStream(out);
    await once(stream.stream, 'error');
    await stream.discard();
    expect(existsSync(out)).toBe(false);
  });

  it('extract SIGKILLed mid-write again and again leaves at most one partial; the next run leaves none', async () => {
    const dir = join(scratch, 'extract');
    await mkdir(dir);
    const out = join(dir, 'records.jsonl');
    const killedPids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const run = await runCliChild(['extract', ...zips, '--out', out], {
        preload: CRASH_PRELOAD,
        env: { LOUPE_CRASH_DIR: dir, LOUPE_CRASH_AT_WRITE: '0' },
      });
      expect(run.signal).toBe('SIGKILL');
      const left = partials(dir);
      expect(left, `after kill ${i}`).toHaveLength(1);
      expect(left[0]).toMatch(/^records\.jsonl\.\d+\.partial$/);
      killedPids.push(left[0]!);
    }
    expect(new Set(killedPids).size).toBe(3);
    expect(existsSync(out)).toBe(false);

    const rerun = await runCliChild(['extract', ...zips, '--out', out]);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(partials(dir)).toEqual([]);
    expect(readdirSync(dir)).toEqual(['records.jsonl']);
    expect(readFileSync(out, 'utf8').split('\n').filter(Boolean).length).toBeGreaterThan(10);
  }, 180_000);
});
