/**
 * Preload for `node --import`: simulates a power cut in the middle of writing an output file. The
 * `LOUPE_CRASH_AT_WRITE`-th write (0-based) of a file inside `LOUPE_CRASH_DIR` puts only the first half of its
 * bytes on disk, then the process SIGKILLs itself. Covers fs.promises.writeFile, fs.writeFile(Sync) and the
 * first write of fs.createWriteStream, the ways a command writes its final files.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { resolve, sep } from 'node:path';

const require = createRequire(import.meta.url);
const crashDir = resolve(process.env.LOUPE_CRASH_DIR ?? '/nonexistent');
let writesLeft = Number(process.env.LOUPE_CRASH_AT_WRITE ?? '0');

const inside = (path: unknown): path is string =>
  typeof path === 'string' && resolve(path).startsWith(crashDir + sep);

const bytesOf = (data: unknown): Uint8Array =>
  typeof data === 'string' ? new TextEncoder().encode(data) : (data as Uint8Array);

/** True when this write is the one that crashes. */
function crashes(): boolean {
  writesLeft -= 1;
  return writesLeft < 0;
}

/** Low-level calls captured before any wrapping, so the torn write cannot re-enter the wrappers. */
function appendPart(path: string, bytes: Uint8Array): void {
  const fd = openSync(path, 'a');
  writeSync(fd, bytes);
  closeSync(fd);
}

function halfThenDie(write: () => void): never {
  write();
  process.kill(process.pid, 'SIGKILL');
  throw new Error('unreachable: killed');
}

type Fn = (...args: unknown[]) => unknown;
const fs = require('node:fs') as Record<string, Fn>;
const fsPromises = require('node:fs/promises') as Record<string, Fn>;

function wrapWhole(owner: Record<string, Fn>, key: string): void {
  const original = owner[key]!;
  owner[key] = function (this: unknown, path: unknown, data: unknown, ...rest: unknown[]) {
    if (inside(path) && crashes()) {
      const bytes = bytesOf(data);
      halfThenDie(() => appendPart(path, bytes.subarray(0, Math.floor(bytes.length / 2))));
    }
    return original.call(this, path, data, ...rest);
  };
}
wrapWhole(fsPromises, 'writeFile');
wrapWhole(fs, 'writeFile');
wrapWhole(fs, 'writeFileSync');

const createWriteStream = fs.createWriteStream!;
fs.createWriteStream = function (this: unknown, path: unknown, ...rest: unknown[]) {
  const stream = createWriteStream.call(this, path, ...rest) as { write: Fn };
  if (!inside(path) || !crashes()) return stream;
  stream.write = (chunk: unknown) => {
    const bytes = bytesOf(chunk);
    return halfThenDie(() => appendPart(path, bytes.subarray(0, Math.ceil(bytes.length / 2))));
  };
  return stream;
};
syncBuiltinESMExports();
