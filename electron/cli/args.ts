import { UsageError } from './usage-error';

export interface ParsedArgs {
  readonly positional: string[];
  readonly options: Map<string, string | true>;
}

/**
 * Parses `--name value`, `--name=value` and bare `--flag` options. `valueOptions` lists the options that
 * take a value; any other `--option` must be in `flags`, or the call is refused.
 */
export function parseArgs(
  args: readonly string[],
  spec: { valueOptions?: readonly string[]; flags?: readonly string[] },
): ParsedArgs {
  const valueOptions = new Set(spec.valueOptions ?? []);
  const flags = new Set(spec.flags ?? []);
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inlineValue] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (valueOptions.has(name)) {
      const value = inlineValue ?? args[++i];
      if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
      options.set(name, value);
    } else if (flags.has(name) && inlineValue === undefined) {
      options.set(name, true);
    } else {
      throw new UsageError(`unknown option --${name}`);
    }
  }
  return { positional, options };
}

export function stringOption(parsed: ParsedArgs, name: string): string | undefined {
  const value = parsed.options.get(name);
  return typeof value === 'string' ? value : undefined;
}

export function numberOption(parsed: ParsedArgs, name: string): number | undefined {
  const value = stringOption(parsed, name);
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number)) throw new UsageError(`--${name} must be a number, not "${value}"`);
  return number;
}
