import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../electron/cli/command';
import { modelCommand } from '../../../electron/cli/commands/model';
import { UsageError } from '../../../electron/cli/usage-error';
import { runLoupe } from '../../harness/cli';
import { REPO_ROOT } from '../../harness/paths';

const BUNDLED = resolve(REPO_ROOT, 'models/loupe-mini');
const HUB_ID = 'loupe/loupe-mini';
const HUB_PREFIX = `/${HUB_ID}/resolve/main/`;

/** A loopback server in the hub's layout: `/<owner>/<name>/resolve/main/<file>` from the bundled model. */
let server: Server;
let host: string;
const requested: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    requested.push(path);
    const file = path.startsWith(HUB_PREFIX) ? path.slice(HUB_PREFIX.length) : null;
    const local = file && !file.includes('..') ? join(BUNDLED, file) : null;
    if (!local || !existsSync(local) || !statSync(local).isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-length': statSync(local).size });
    createReadStream(local).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

const temporary: string[] = [];
afterEach(async () => {
  requested.length = 0;
  await Promise.all(temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'loupe-model-'));
  temporary.push(dir);
  return dir;
}

function captureIo(): { io: CliIo; stdout: () => string; stderr: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = new PassThrough().on('data', (chunk: Buffer) => out.push(chunk.toString()));
  const stderr = new PassThrough().on('data', (chunk: Buffer) => err.push(chunk.toString()));
  return {
    io: { stdout, stderr, stdin: new PassThrough() },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}

describe('npm run loupe -- model download', () => {
  it('fetches the hub-shaped files from the loopback host, writes them and loads them with the core', async () => {
    const out = join(await tempDir(), 'downloaded');
    const capture = captureIo();
    const code = await modelCommand.run(
      ['download', HUB_ID, '--host', host, '--out', out, '--yes'],
      capture.io,
    );
    expect(code).toBe(0);
    const files = ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model_quantized.onnx'];
    expect(requested).toEqual(files.map((file) => HUB_PREFIX + file));
    for (const file of files) {
      expect(readFileSync(join(out, file)).equals(readFileSync(join(BUNDLED, file)))).toBe(true);
    }
    const summary = JSON.parse(capture.stdout()) as { verified: string; host: string };
    expect(summary).toMatchObject({ verified: 'loaded', host });
    expect(capture.stderr()).toContain(`${host}${HUB_PREFIX}onnx/model_quantized.onnx`);
  });

  it('prints every URL and fetches nothing without --yes', async () => {
    const out = join(await tempDir(), 'never');
    const capture = captureIo();
    await expect(
      modelCommand.run(['download', HUB_ID, '--host', host, '--out', out], capture.io),
    ).rejects.toThrow(UsageError);
    expect(capture.stderr()).toContain(`${host}${HUB_PREFIX}config.json`);
    expect(requested).toEqual([]);
    expect(existsSync(out)).toBe(false);
  });

  it('stops on a missing file with exit code 1 and leaves no partial file', async () => {
    const out = join(await tempDir(), 'partial');
    const capture = captureIo();
    const code = await modelCommand.run(
      ['download', HUB_ID, '--host', host, '--out', out, '--files', 'config.json,onnx/missing.onnx', '--yes'],
      capture.io,
    );
    expect(code).toBe(1);
    expect(capture.stderr()).toMatch(/HTTP 404/);
    expect(
      readdirSync(out, { recursive: true, encoding: 'utf8' }).some((name) => name.endsWith('.part')),
    ).toBe(false);
  });

  it('refuses a bad id or host with exit code 2 through the real command line', () => {
    const run = runLoupe(['model', 'download', '../etc', '--out', 'x', '--yes']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^loupe: .*hub model id/m);
    const noConsent = runLoupe(['model', 'download', 'a/b', '--out', 'x', '--host', 'http://127.0.0.1:9']);
    expect(noConsent.status).toBe(2);
    expect(noConsent.stderr).toContain('http://127.0.0.1:9/a/b/resolve/main/onnx/model_quantized.onnx');
  });
});
