import { readFile, writeFile } from 'node:fs/promises';
import { mergeSummaries, type SummaryFile } from '@core/export';
import { numberOption, parseArgs, stringOption } from '../args';
import type { CliCommand } from '../command';
import { printable } from '../printable';
import { UsageError } from '../usage-error';

async function readSummaryFile(path: string): Promise<SummaryFile | { name: string; error: string }> {
  try {
    return { name: path, text: await readFile(path, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      name: path,
      error:
        code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, not a file' : 'cannot be read',
    };
  }
}

/**
 * `merge <summary.json>... --out FILE`: study-level tables from participants' summaries. Rejected files
 * go to stderr (`loupe: rejected FILE: reason`) and into the JSON line on stdout; exit 0 when at least one
 * summary was merged, 2 when none could be used.
 */
export const mergeCommand: CliCommand = {
  name: 'merge',
  summary: "merge participants' summary.json files into study-level tables (suppression applied again)",
  usage: '<summary.json>... --out FILE [--k N]',
  async run(args, io) {
    const parsed = parseArgs(args, { valueOptions: ['out', 'k'] });
    if (parsed.positional.length === 0) throw new UsageError('merge needs at least one summary.json');
    const out = stringOption(parsed, 'out');
    if (!out) throw new UsageError('merge needs --out FILE');
    const k = numberOption(parsed, 'k');
    if (k !== undefined && !(Number.isInteger(k) && k >= 1))
      throw new UsageError('--k must be a positive integer');

    const read = await Promise.all(parsed.positional.map(readSummaryFile));
    const unreadable = read.flatMap((file) =>
      'error' in file ? [{ file: file.name, reason: file.error }] : [],
    );
    const result = mergeSummaries(
      read.filter((file): file is SummaryFile => 'text' in file),
      k === undefined ? {} : { k },
    );
    const rejected = [...unreadable, ...result.rejected];
    if (result.study === null) {
      const reasons = rejected.map((entry) => `${entry.file}: ${entry.reason}`).join('; ');
      throw new UsageError(`no usable summary among ${parsed.positional.length} file(s) (${reasons})`);
    }
    await writeFile(out, JSON.stringify(result.study, null, 2) + '\n');
    for (const entry of rejected)
      io.stderr.write(`loupe: ${printable(`rejected ${entry.file}: ${entry.reason}`)}\n`);
    io.stdout.write(
      JSON.stringify({ out, participants: result.study.participants, merged: result.merged, rejected }) +
        '\n',
    );
    return 0;
  },
};
