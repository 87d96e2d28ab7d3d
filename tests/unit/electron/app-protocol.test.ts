import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from '../../../electron/main/app-protocol-handler';
import { publishPickedArchives } from '../../../electron/main/picked-archive-files';
import { PickedArchives } from '../../../electron/main/picked-archives';
import { SECURITY_HEADERS } from '../../../electron/shared/headers';

let base: string;
let handler: (request: Request) => Promise<Response>;
let archives: PickedArchives;
let archivePath: string;
const archiveBytes = new Uint8Array(3 * (1 << 20) + 17).map((_, index) => (index * 31 + 7) % 251);

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'loupe-protocol-'));
  const renderer = join(base, 'renderer');
  await mkdir(join(renderer, 'models', 'bundled'), { recursive: true });
  await mkdir(join(renderer, 'assets'), { recursive: true });
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>Loupe</title>');
  await writeFile(join(renderer, 'assets', 'app.js'), 'export {};');
  await writeFile(join(renderer, 'models', 'bundled', 'config.json'), '{"bundled":true}');
  await mkdir(join(base, 'renderer-private'));
  await writeFile(join(base, 'renderer-private', 'secret.txt'), 'sibling secret');
  await writeFile(join(base, 'secret.txt'), 'parent secret');
  await symlink(join(base, 'secret.txt'), join(renderer, 'assets', 'escape.txt'));
  const userModels = join(base, 'user-models');
  await mkdir(join(userModels, 'mine'), { recursive: true });
  await writeFile(join(userModels, 'mine', 'config.json'), '{"mine":true}');
  archivePath = join(base, 'facebook-export.zip');
  await writeFile(archivePath, archiveBytes);
  archives = new PickedArchives();
  handler = createAppProtocolHandler({ rendererRoot: renderer, userModelsRoot: userModels, archives });
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

function get(url: string, init: RequestInit = {}): Promise<Response> {
  return handler(new Request(url, init));
}

/** Byte-wise comparison; toEqual on megabytes of typed array is very slow. */
async function expectBody(response: Response, expected: Uint8Array): Promise<void> {
  const actual = Buffer.from(await response.arrayBuffer());
  expect(actual.length).toBe(expected.length);
  expect(actual.equals(Buffer.from(expected))).toBe(true);
}

function expectSecurityHeaders(response: Response): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect(response.headers.get(name), name).toBe(value);
  }
}

describe('app:// files', () => {
  it('serves the renderer with its type, and / as index.html', async () => {
    const page = await get('app://loupe/');
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<title>Loupe</title>');
    const script = await get('app://loupe/assets/app.js');
    expect(script.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('export {};');
  });

  it('serves bundled models first, then the user models folder', async () => {
    expect(await (await get('app://loupe/models/bundled/config.json')).json()).toEqual({ bundled: true });
    expect(await (await get('app://loupe/models/mine/config.json')).json()).toEqual({ mine: true });
  });

  it.each([
    'app://loupe/..%2fsecret.txt',
    'app://loupe/..%2frenderer-private%2fsecret.txt',
    'app://loupe/%2e%2e%2fsecret.txt',
    'app://loupe/models/..%2f..%2fsecret.txt',
    'app://loupe/models/..%2f..%2fuser-models%2fmine%2fconfig.json',
    'app://loupe/index.html%00',
    'app://loupe/%2fetc%2fpasswd',
    'app://loupe/assets/escape.txt',
    'app://loupe/assets',
    'app://loupe/missing.js',
  ])('refuses %s with 404 and no content', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('');
  });

  it('answers only for the loupe host', async () => {
    expect((await get('app://elsewhere/index.html')).status).toBe(404);
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('refuses %s', async (method) => {
    const response = await get('app://loupe/index.html', { method });
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe('GET, HEAD');
  });

  it('answers HEAD with the length and no body', async () => {
    const response = await get('app://loupe/index.html', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Length')).toBe('35');
    expect(response.body).toBeNull();
  });

  it('sends the CSP and cross-origin isolation headers on every response, errors included', async () => {
    const responses = await Promise.all([
      get('app://loupe/index.html'),
      get('app://loupe/models/mine/config.json'),
      get('app://loupe/missing'),
      get('app://loupe/..%2fsecret.txt'),
      get('app://loupe/index.html', { method: 'POST' }),
      get('app://loupe/index.html', { headers: { Range: 'bytes=999-' } }),
      get('app://elsewhere/'),
      get('app://loupe/archives/unknown'),
    ]);
    expect(responses.map((response) => response.status)).toEqual([200, 200, 404, 404, 405, 416, 404, 404]);
    responses.forEach(expectSecurityHeaders);
  });
});

describe('app:// picked archives', () => {
  it('publishes each picked file under an unguessable token with its name and size', async () => {
    const [first] = await publishPickedArchives([archivePath], archives);
    const [second] = await publishPickedArchives([archivePath], archives);
    expect(first).toMatchObject({ name: 'facebook-export.zip', size: archiveBytes.length });
    expect(first?.url).toMatch(/^app:\/\/loupe\/archives\/[A-Za-z0-9_-]{43}$/);
    expect(second?.url).not.toBe(first?.url);
  });

  it('serves byte ranges, including one that crosses read chunks', async () => {
    const [file] = await publishPickedArchives([archivePath], archives);
    const url = file?.url ?? '';
    const head = await get(url, { headers: { Range: 'bytes=10-19' } });
    expect(head.status).toBe(206);
    expect(head.headers.get('Content-Range')).toBe(`bytes 10-19/${archiveBytes.length}`);
    expect(head.headers.get('Content-Length')).toBe('10');
    await expectBody(head, archiveBytes.slice(10, 20));

    const start = (1 << 20) - 5;
    const middle = await get(url, { headers: { Range: `bytes=${start}-` } });
    await expectBody(middle, archiveBytes.slice(start));

    const tail = await get(url, { headers: { Range: 'bytes=-22' } });
    expect(tail.headers.get('Content-Range')).toBe(
      `bytes ${archiveBytes.length - 22}-${archiveBytes.length - 1}/${archiveBytes.length}`,
    );
    await expectBody(tail, archiveBytes.slice(-22));
    expectSecurityHeaders(tail);
  });

  it('serves the whole archive and its size to HEAD', async () => {
    const [file] = await publishPickedArchives([archivePath], archives);
    const whole = await get(file?.url ?? '');
    expect(whole.status).toBe(200);
    expect(whole.headers.get('Accept-Ranges')).toBe('bytes');
    await expectBody(whole, archiveBytes);
    const head = await get(file?.url ?? '', { method: 'HEAD' });
    expect(head.headers.get('Content-Length')).toBe(String(archiveBytes.length));
  });

  it('refuses a range past the end with 416', async () => {
    const [file] = await publishPickedArchives([archivePath], archives);
    const response = await get(file?.url ?? '', { headers: { Range: `bytes=${archiveBytes.length}-` } });
    expect(response.status).toBe(416);
    expect(response.headers.get('Content-Range')).toBe(`bytes */${archiveBytes.length}`);
  });

  it('refuses unknown tokens, paths in place of tokens and extra segments', async () => {
    const [file] = await publishPickedArchives([archivePath], archives);
    const forged = 'A'.repeat(43);
    for (const url of [
      `app://loupe/archives/${forged}`,
      `app://loupe/archives/${encodeURIComponent(archivePath)}`,
      `app://loupe/archives/..%2f..%2fsecret.txt`,
      `${file?.url ?? ''}/extra`,
      'app://loupe/archives/',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expectSecurityHeaders(response);
    }
  });
});
