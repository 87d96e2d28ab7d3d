import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { REPO_ROOT } from './paths';

/** A small seeded generator (mulberry32) so that random kill moments are the same on every CI run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface ChildOutcome {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
  readonly stdout: string;
  readonly elapsedMs: number;
  /** Milliseconds from the start until something first appeared in `watchDir` (null: nothing did). */
  readonly outputAppearedMs: number | null;
}

export interface ChildOptions {
  /** SIGKILL this long after the start. */
  readonly killAfterMs?: number;
  /** An (empty) output folder polled for the moment the command starts writing into it. */
  readonly watchDir?: string;
  /** SIGKILL this long after something first appears in `watchDir`: aims the kill at the writing phase. */
  readonly killAfterOutputMs?: number;
  readonly preload?: string;
  readonly env?: Record<string, string>;
}

/**
 * Runs the CLI (`node --import tsx [--import preload] electron/cli/main.ts ...args`), optionally SIGKILLed at
 * a chosen moment.
 */
export function runCliChild(args: readonly string[], options: ChildOptions = {}): Promise<ChildOutcome> {
  const preload = options.preload ? ['--import', options.preload] : [];
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', ...preload, 'electron/cli/main.ts', ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timers: NodeJS.Timeout[] = [];
  if (options.killAfterMs !== undefined) {
    timers.push(setTimeout(() => child.kill('SIGKILL'), options.killAfterMs));
  }
  let outputAppearedMs: number | null = null;
  const { watchDir } = options;
  if (watchDir) {
    const poll = setInterval(() => {
      if (readdirSync(watchDir).length === 0) return;
      clearInterval(poll);
      outputAppearedMs = Date.now() - started;
      if (options.killAfterOutputMs !== undefined) {
        timers.push(setTimeout(() => child.kill('SIGKILL'), options.killAfterOutputMs));
      }
    }, 10);
    timers.push(poll);
  }
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      for (const timer of timers) clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, elapsedMs: Date.now() - started, outputAppearedMs });
    });
  });
}
