import { spawnSync } from 'node:child_process';
import { REPO_ROOT } from './paths';

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `npm run loupe -- ...` the way a user does, in plain Node. */
export function runLoupe(
  args: readonly string[],
  options: { input?: string; timeoutMs?: number } = {},
): CliRun {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    input: options.input,
    timeout: options.timeoutMs ?? 120_000,
    maxBuffer: 256 * 2 ** 20,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
