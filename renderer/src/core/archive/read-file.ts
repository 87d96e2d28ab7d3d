import { parseHtmlPage, type HtmlPage } from './html/page';
import { EntryReadError, type InflateBudget } from './limits';
import type { OpenedArchive } from './open';
import type { PlannedFile, SkipReason } from './plan';
import { err, ok, type Result } from './result';
import { repairTree } from './text';

export type ParsedFile =
  { readonly format: 'json'; readonly doc: unknown } | { readonly format: 'html'; readonly page: HtmlPage };

export interface ReadFailure {
  readonly reason: SkipReason;
  readonly detail: string;
}

const decoder = new TextDecoder('utf-8');

/** Inflates one planned file, charging the import's budget; a refusal or damage is a failure, cancelling throws. */
export async function readPlannedBytes(
  archive: OpenedArchive,
  file: PlannedFile,
  budget: InflateBudget,
  signal?: AbortSignal,
): Promise<Result<Uint8Array, ReadFailure>> {
  try {
    return ok(await archive.parts[file.entry.part]!.read(file.entry.source, budget, signal));
  } catch (error) {
    if (error instanceof EntryReadError) {
      if (error.reason === 'aborted') throw error;
      return err({ reason: error.reason, detail: error.message });
    }
    return err({ reason: 'unreadable', detail: error instanceof Error ? error.message : String(error) });
  }
}

/** Decodes and parses one file's bytes; JSON is repaired (Meta's mojibake) after parsing. */
export function parseFileBytes(bytes: Uint8Array, format: 'json' | 'html'): Result<ParsedFile, ReadFailure> {
  const text = decoder.decode(bytes);
  if (text.trim() === '') return err({ reason: 'empty', detail: 'the file is empty' });
  if (format === 'html') {
    try {
      return ok({ format: 'html', page: parseHtmlPage(text) });
    } catch (error) {
      // A page nested thousands of levels deep exhausts the stack of the tree walk: skip this file only.
      const name = error instanceof Error ? error.name : 'error';
      return err({ reason: 'unreadable', detail: `the HTML page could not be read (${name})` });
    }
  }
  try {
    return ok({ format: 'json', doc: repairTree(JSON.parse(text)) });
  } catch (error) {
    // SyntaxError messages quote the offending text: keep only the position.
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    return err({
      reason: 'malformed_json',
      detail: `not valid JSON${position ? ` (at byte ${position})` : ''}; truncated?`,
    });
  }
}

/** Inflates, decodes and parses one planned file. */
export async function readPlannedFile(
  archive: OpenedArchive,
  file: PlannedFile,
  budget: InflateBudget,
  signal?: AbortSignal,
): Promise<Result<ParsedFile, ReadFailure>> {
  const bytes = await readPlannedBytes(archive, file, budget, signal);
  return bytes.ok ? parseFileBytes(bytes.value, file.format) : bytes;
}
