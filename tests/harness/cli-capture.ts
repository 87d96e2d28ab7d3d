import { PassThrough } from 'node:stream';

/** In-memory stdin/stdout/stderr for `runCli`, with what was written to each output. */
export function captureCliIo() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk.toString()));
  stderr.on('data', (chunk: Buffer) => err.push(chunk.toString()));
  return {
    io: { stdout, stderr, stdin: new PassThrough() },
    out: () => out.join(''),
    err: () => err.join(''),
  };
}
