import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { extractArchive, openArchive, type ExtractSummary } from '@core/archive';
import { parseArgs, stringOption } from '../args';
import type { CliCommand } from '../command';
import { UsageError } from '../usage-error';
import { atomicWriteStream } from '../atomic-output';
import { printable } from '../printable';
import { cliExtractPool } from '../../node/extract-pool';
import { sourcesFromPaths } from '../../node/open-paths';

async function writeLine(stream: NodeJS.WritableStream, line: string): Promise<void> {
  if (!stream.write(line + '\n')) await once(stream as Writable, 'drain');
}

/**
 * `extract <path>... [--out FILE]`: ZIP parts or one folder of one export → JSON Lines records
 * (`{"type":"item",...}` / `{"type":"exposure",...}`), then one summary line on stdout.
 */
export const extractCommand: CliCommand = {
  name: 'extract',
  summary:
    'read an Instagram/Facebook export (ZIP parts or one folder) and write its items and exposures as JSON Lines ' +
    'to --out FILE (or, without --out, to stdout before the summary); then print one JSON summary line on stdout',
  usage: '<path>... [--out FILE]',
  async run(args, io) {
    const parsed = parseArgs(args, { valueOptions: ['out'] });
    if (parsed.positional.length === 0) throw new UsageError('extract needs at least one ZIP part or folder');
    const sources = await sourcesFromPaths(parsed.positional);
    if (!Array.isArray(sources)) throw new UsageError(sources.message);
    const opened = await openArchive(sources);
    if (!opened.ok) throw new UsageError(opened.error.message);
    const outPath = stringOption(parsed, 'out');
    const file = outPath ? atomicWriteStream(outPath) : undefined;
    const out: NodeJS.WritableStream = file?.stream ?? io.stdout;
    let summary: ExtractSummary | undefined;
    let complete = false;
    const pool = cliExtractPool();
    try {
      for await (const batch of extractArchive(opened.value, pool ? { pool } : {})) {
        for (const item of batch.items) await writeLine(out, JSON.stringify({ type: 'item', ...item }));
        for (const exposure of batch.exposures)
          await writeLine(out, JSON.stringify({ type: 'exposure', ...exposure }));
        for (const problem of batch.problems) {
          if (problem.reason === 'no_extractor' || problem.reason === 'no_data') continue;
          io.stderr.write(
            `loupe: warning: ${printable(`skipped ${problem.path}: ${problem.reason} (${problem.detail})`)}\n`,
          );
        }
        summary = batch.summary ?? summary;
      }
      complete = true;
    } finally {
      await pool?.close();
      await opened.value.close();
      if (file) await (complete ? file.commit() : file.discard());
    }
    if (!summary) throw new Error('the import ended without a summary');
    io.stdout.write(JSON.stringify({ type: 'summary', ...summary }) + '\n');
    if (summary.items.total + summary.exposures.total === 0) {
      throw new UsageError('nothing could be imported from this export (see the warnings above)');
    }
    return 0;
  },
};
