import { createWriteStream } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Where a final file is written before it is renamed into place; a crash can leave only this name behind. */
const partialPath = (path: string) => `${path}.${process.pid}.partial`;

/** Writes a final output file so that a crash leaves the previous file or the whole new one, never half. */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const partial = partialPath(path);
  try {
    await writeFile(partial, data);
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

export interface AtomicStream {
  readonly stream: Writable;
  /** Flushes and renames the file into place. */
  commit(): Promise<void>;
  /** Drops what was written; the final name is left untouched. */
  discard(): Promise<void>;
}

/** A write stream for a final output file that appears under its name only once it is complete. */
export function atomicWriteStream(path: string): AtomicStream {
  const partial = partialPath(path);
  const stream = createWriteStream(partial);
  return {
    stream,
    async commit() {
      stream.end();
      await once(stream, 'finish');
      await rename(partial, path);
    },
    async discard() {
      stream.destroy();
      await rm(partial, { force: true });
    },
  };
}
