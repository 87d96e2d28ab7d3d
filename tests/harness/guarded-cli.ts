import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { REPO_ROOT } from './paths';

export const NO_EGRESS_PRELOAD = resolve(REPO_ROOT, 'tests/harness/no-egress.ts');

export interface GuardedRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Every socket, request or name lookup the process attempted. */
  readonly attempts: { api: string; target: string }[];
}

/** Runs a Node script (the CLI by default) with every network API trapped by the no-egress preload. */
export function runWithoutNetwork(
  args: readonly string[],
  options: { script?: string; timeoutMs?: number; input?: string } = {},
): GuardedRun {
  const log = join(mkdtempSync(join(tmpdir(), 'loupe-egress-')), 'attempts.jsonl');
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--import', NO_EGRESS_PRELOAD, options.script ?? 'electron/cli/main.ts', ...args],
    {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      input: options.input,
      env: { ...process.env, LOUPE_EGRESS_LOG: log },
      timeout: options.timeoutMs ?? 240_000,
      maxBuffer: 64 * 2 ** 20,
    },
  );
  const attempts = existsSync(log)
    ? readFileSync(log, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { api: string; target: string })
    : [];
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, attempts };
}
