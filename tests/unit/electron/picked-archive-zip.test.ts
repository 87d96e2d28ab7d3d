import {
  HttpRangeReader,
  TextReader,
  TextWriter,
  Uint8ArrayWriter,
  ZipReader,
  ZipWriter,
} from '@zip.js/zip.js';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from '../../../electron/main/app-protocol-handler';
import { publishPickedArchives } from '../../../electron/main/picked-archive-files';
import { PickedArchives } from '../../../electron/main/picked-archives';

let base: string;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'loupe-zip-range-'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

async function writeZip(path: string, files: Record<string, string>): Promise<void> {
  const writer = new ZipWriter(new Uint8ArrayWriter());
  for (const [name, text] of Object.entries(files)) await writer.add(name, new TextReader(text));
  await writeFile(path, await writer.close());
}

describe('a picked archive read by zip.js over app:// ranges', () => {
  it('lists and inflates entries through HEAD and ranged GETs, as the renderer will', async () => {
    const zipPath = join(base, 'instagram-export.zip');
    const comments = JSON.stringify({
      comments_media_comments: [{ string_map_data: { Comment: { value: 'hi' } } }],
    });
    await writeZip(zipPath, {
      'your_instagram_activity/comments/post_comments_1.json': comments,
      'personal_information/personal_information.json': '{}',
    });
    const archives = new PickedArchives();
    const handler = createAppProtocolHandler({ rendererRoot: base, userModelsRoot: null, archives });
    const [picked] = await publishPickedArchives([zipPath], archives);
    const requests: string[] = [];
    const fetchThroughHandler = async (url: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      const request = new Request(url, init);
      requests.push(`${request.method} ${request.headers.get('Range') ?? 'whole'}`);
      return handler(request);
    };

    const reader = new ZipReader(new HttpRangeReader(picked?.url ?? '', { fetch: fetchThroughHandler }));
    const entries = await reader.getEntries();
    expect(entries.map((entry) => entry.filename).sort()).toEqual([
      'personal_information/personal_information.json',
      'your_instagram_activity/comments/post_comments_1.json',
    ]);
    const entry = entries.find((candidate) => candidate.filename.endsWith('post_comments_1.json'));
    if (!entry || entry.directory) throw new Error('entry missing');
    expect(await entry.getData(new TextWriter())).toBe(comments);
    await reader.close();

    expect(requests[0]).toBe('HEAD whole');
    expect(requests.slice(1).every((line) => /^GET bytes=\d+-\d+$/.test(line))).toBe(true);
  });
});
