import { createWriteStream, readdirSync, rmSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';

/**
 * Where a final file is written before it is renamed into place; a crash can leave only this name behind.
 * The writer's pid in the name lets a later run tell a dead writer's leftover from a live writer's file.
 */
const partialPath = (path: string) => `${path}.${process.pid}.partial`;

/** True unless no process has this pid (EPERM: it exists, owned by someone else). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes `<path>.<pid>.partial` files whose writer no longer runs: a SIGKILL or a power cut skips the
 * writer's own cleanup, and without this every killed run of the same command would leave one more file.
 * Files of running writers (another run writing the same output now) are left alone. Returns the names removed.
 */
export function removeStalePartials(path: string): string[] {
  const dir = dirname(path);
  const prefix = `${basename(path)}.`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return []; // No folder yet: nothing can be left in it.
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.partial')) continue;
    const pid = name.slice(prefix.length, -'.partial'.length);
    if (!/^[1-9]\d*$/.test(pid) || Number(pid) === process.pid || isRunning(Number(pid))) continue;
    rmSync(join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}

/** Writes a final output file so that a crash leaves the previous file or the whole new one, never half. */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  removeStalePartials(path);
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
  removeStalePartials(path);
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
