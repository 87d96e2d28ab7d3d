import type { CliCommand, CliIo } from './command';
import { printable } from './printable';
import { UsageError } from './usage-error';

export interface CliProgram {
  readonly version: string;
  readonly commands: readonly CliCommand[];
}

export function helpText(program: CliProgram): string {
  const width = Math.max('--version'.length, ...program.commands.map((command) => command.name.length));
  const lines = [
    `Loupe ${program.version}: audit your Instagram or Facebook data download offline.`,
    '',
    'Usage: npm run loupe -- <command> [arguments]',
    '',
    'Commands:',
    ...program.commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Options:',
    `  ${'--help'.padEnd(width)}  show this help (or: <command> --help)`,
    `  ${'--version'.padEnd(width)}  print the version`,
  ];
  return lines.join('\n') + '\n';
}

/** Runs one command line; returns the process exit code. Never throws. */
export async function runCli(program: CliProgram, argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
      io.stdout.write(helpText(program));
      return 0;
    }
    if (first === '--version' || first === '-v') {
      io.stdout.write(`${program.version}\n`);
      return 0;
    }
    const command = program.commands.find((candidate) => candidate.name === first);
    if (!command) throw new UsageError(`unknown command "${first}"; try --help`);
    if (rest.includes('--help')) {
      io.stdout.write(`Usage: npm run loupe -- ${command.name} ${command.usage}\n\n${command.summary}\n`);
      return 0;
    }
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`loupe: ${printable(error.message)}\n`);
      return 2;
    }
    // A bug, not bad input: say so briefly; archive content never reaches this message.
    io.stderr.write(
      `loupe: internal error: ${printable(error instanceof Error ? error.message : String(error))}\n`,
    );
    return 1;
  }
}
