import { spawnSync } from 'node:child_process';
import { captureCliIo } from '../../harness/cli-capture';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../electron/cli/args';
import type { CliCommand } from '../../../electron/cli/command';
import { runCli } from '../../../electron/cli/run';
import { UsageError } from '../../../electron/cli/usage-error';
import { REPO_ROOT } from '../../harness/paths';

const echo: CliCommand = {
  name: 'echo',
  summary: 'prints its arguments',
  usage: '<word>...',
  async run(args, io) {
    if (args.length === 0) throw new UsageError('echo needs a word');
    io.stdout.write(args.join(' ') + '\n');
    return 0;
  },
};
const program = { version: '9.9.9', commands: [echo] };

describe('runCli', () => {
  it('lists commands on --help and prints the version', async () => {
    const help = captureCliIo();
    expect(await runCli(program, ['--help'], help.io)).toBe(0);
    expect(help.out()).toMatch(/echo\s+prints its arguments/);
    const version = captureCliIo();
    expect(await runCli(program, ['--version'], version.io)).toBe(0);
    expect(version.out()).toBe('9.9.9\n');
  });

  it('exits 2 with one "loupe: " line for an unknown command or a bad argument', async () => {
    const unknown = captureCliIo();
    expect(await runCli(program, ['nope'], unknown.io)).toBe(2);
    expect(unknown.err()).toMatch(/^loupe: unknown command "nope"[^\n]*\n$/);
    const bad = captureCliIo();
    expect(await runCli(program, ['echo'], bad.io)).toBe(2);
    expect(bad.err()).toBe('loupe: echo needs a word\n');
  });
});

describe('parseArgs', () => {
  it('reads value options, flags and positionals, and refuses unknown options', () => {
    const parsed = parseArgs(['a', '--out', 'f.json', '--epsilon=1.5', '--dry', 'b'], {
      valueOptions: ['out', 'epsilon'],
      flags: ['dry'],
    });
    expect(parsed.positional).toEqual(['a', 'b']);
    expect(parsed.options.get('out')).toBe('f.json');
    expect(parsed.options.get('epsilon')).toBe('1.5');
    expect(parsed.options.get('dry')).toBe(true);
    expect(() => parseArgs(['--what'], {})).toThrow(/unknown option --what/);
    expect(() => parseArgs(['--out'], { valueOptions: ['out'] })).toThrow(/needs a value/);
  });
});

describe('the real command line', () => {
  it('runs in plain Node through npm run loupe', () => {
    const version = spawnSync('npm', ['run', '--silent', 'loupe', '--', '--version'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const unknown = spawnSync('npm', ['run', '--silent', 'loupe', '--', 'frobnicate'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.split('\n').filter((line) => line.startsWith('loupe: '))).toHaveLength(1);
  });
});
