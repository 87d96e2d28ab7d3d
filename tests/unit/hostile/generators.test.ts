import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { TextWriter, Uint8ArrayReader, ZipReader, type Entry, type FileEntry } from '@zip.js/zip.js';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ACTIVE_MARKUP,
  HOSTILE_PASSWORD,
  HOSTILE_SIZES,
  HUGE_THREAD_PATH,
  ODD_NAMES,
  TRAVERSAL_NAMES,
  corruptCentralDirectories,
  deeplyNestedFiles,
  demoFiles,
  demoZips,
  encryptedExport,
  highRatioBomb,
  hostileCases,
  htmlWithScriptsFiles,
  hundredThousandEntries,
  invalidUtf8Files,
  keyPaths,
  manyEntriesBomb,
  mixedExports,
  mutateAt,
  notAZip,
  oddNames,
  traversalNames,
  truncatedZips,
  wrongTypeRounds,
  wrongTypeVariants,
  writeHugeJsonExport,
  zeroDeflate,
  zip64Export,
  zipLayout,
  zipWithoutMetaFiles,
} from '../../harness/hostile';

const scratch = await mkdtemp(join(tmpdir(), 'loupe-hostile-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** Lists entries with zip.js, accepting any name so the generators' own names can be checked. */
async function entriesOf(bytes: Uint8Array): Promise<FileEntry[]> {
  const reader = new ZipReader(new Uint8ArrayReader(bytes), {
    useWebWorkers: false,
    filenameValidation: 'tolerant',
  });
  const entries = await reader.getEntries();
  return entries.filter((entry: Entry): entry is FileEntry => !entry.directory);
}

const isMetaPath = (path: string) =>
  /(^|\/)(your_instagram_activity|your_facebook_activity|connections|personal_information|ads_information)\//.test(
    path,
  );

describe('hostile corpus generators', () => {
  it('not-a-zip is rejected by a ZIP reader', async () => {
    await expect(entriesOf(notAZip().bytes)).rejects.toThrow();
  });

  it('the no-Meta ZIP is valid and holds no Meta path', async () => {
    const entries = await entriesOf((await zipWithoutMetaFiles()).bytes);
    expect(entries.length).toBeGreaterThan(2);
    expect(entries.some((entry) => isMetaPath(entry.filename))).toBe(false);
  });

  it('the encrypted export really is encrypted: unreadable without the password, the demo with it', async () => {
    const entries = await entriesOf((await encryptedExport()).bytes);
    expect(entries.length).toBe(demoFiles('instagram-json').length);
    expect(entries.every((entry) => entry.encrypted)).toBe(true);
    const posts = entries.find((entry) => entry.filename === 'your_instagram_activity/media/posts_1.json')!;
    await expect(posts.getData(new TextWriter())).rejects.toThrow();
    const text = await posts.getData(new TextWriter(), { password: HOSTILE_PASSWORD });
    expect(text).toBe(demoFiles('instagram-json').find((file) => file.path === posts.filename)!.content);
  });

  it('truncated ZIPs are strict prefixes of the sound ZIP, cut at many offsets including the directory', async () => {
    const [sound] = await demoZips('instagram-json');
    const truncated = truncatedZips(sound!.bytes);
    const { centralDirectoryOffset } = zipLayout(sound!.bytes);
    expect(truncated.length).toBeGreaterThanOrEqual(15);
    for (const variant of truncated) {
      expect(variant.bytes.length).toBeLessThan(sound!.bytes.length);
      expect(
        Buffer.from(variant.bytes).equals(Buffer.from(sound!.bytes.subarray(0, variant.bytes.length))),
      ).toBe(true);
    }
    expect(truncated.map((variant) => variant.bytes.length)).toContain(centralDirectoryOffset);
  });

  it('corrupt central directories leave the local entries intact and change only the directory', async () => {
    const [sound] = await demoZips('instagram-json');
    const { centralDirectoryOffset } = zipLayout(sound!.bytes);
    const variants = corruptCentralDirectories(sound!.bytes);
    expect(variants.length).toBeGreaterThanOrEqual(6);
    for (const variant of variants) {
      expect(variant.bytes.length).toBe(sound!.bytes.length);
      const head = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, centralDirectoryOffset));
      expect(head(variant.bytes).equals(head(sound!.bytes))).toBe(true);
      expect(Buffer.from(variant.bytes).equals(Buffer.from(sound!.bytes))).toBe(false);
    }
  });

  it('the Zip64 export stores its entries in Zip64 format and reads back', async () => {
    const entries = await entriesOf((await zip64Export()).bytes);
    expect(entries.length).toBe(demoFiles('instagram-json').length);
    expect(entries.every((entry) => entry.zip64)).toBe(true);
    const profile = entries.find((entry) => entry.filename.endsWith('personal_information.json'))!;
    expect(await profile.getData(new TextWriter())).toContain('camille.lefevre');
  });

  it('the zero deflate stream inflates to exactly its declared size and checksum', () => {
    const small = zeroDeflate(16);
    const inflated = inflateRawSync(small.compressed);
    expect(inflated.length).toBe(16 * 2 ** 20);
    expect(inflated.every((byte) => byte === 0)).toBe(true);
    expect(small.uncompressedSize / small.compressed.length).toBeGreaterThan(900);
  });

  it('the ratio bomb declares more than the 1 GiB entry cap at about 1000:1', async () => {
    const entries = await entriesOf((await highRatioBomb()).bytes);
    const bomb = entries.find((entry) => entry.filename === 'your_instagram_activity/media/posts_2.json')!;
    expect(bomb.uncompressedSize).toBe(HOSTILE_SIZES.bombEntryMiB * 2 ** 20);
    expect(bomb.uncompressedSize).toBeGreaterThan(2 ** 30);
    expect(bomb.uncompressedSize / bomb.compressedSize).toBeGreaterThan(900);
  });

  it('the many-entries bomb holds the demo plus many text entries declaring 4 MiB each', async () => {
    const entries = await entriesOf((await manyEntriesBomb(40)).bytes);
    const filler = entries.filter((entry) => entry.filename.includes('/filler'));
    expect(filler).toHaveLength(40);
    expect(filler.every((entry) => entry.uncompressedSize === 4 * 2 ** 20)).toBe(true);
    expect(entries.length).toBe(40 + demoFiles('instagram-json').length);
  });

  it('the tiny-entries archive really holds 100,000 extra entries', async () => {
    const entries = await entriesOf(hundredThousandEntries().bytes);
    expect(entries.length).toBe(HOSTILE_SIZES.tinyEntries + demoFiles('instagram-json').length);
  });

  it('odd and traversal names are stored exactly as given; zip.js refuses traversal names by default', async () => {
    const odd = (await entriesOf((await oddNames()).bytes)).map((entry) => entry.filename);
    for (const name of ODD_NAMES) expect(odd).toContain(name);
    const traversal = await traversalNames();
    const names = (await entriesOf(traversal.bytes)).map((entry) => entry.filename);
    for (const name of TRAVERSAL_NAMES) expect(names).toContain(name);
    const strictReader = new ZipReader(new Uint8ArrayReader(traversal.bytes), { useWebWorkers: false });
    await expect(strictReader.getEntries()).rejects.toThrow(/Unsafe filename/);
  });

  it('streams a huge JSON thread to disk: at least the target size, and valid JSON', async () => {
    const root = await writeHugeJsonExport(join(scratch, 'huge'), 4 * 2 ** 20);
    const file = join(root, HUGE_THREAD_PATH);
    expect((await stat(file)).size).toBeGreaterThanOrEqual(4 * 2 ** 20);
    const thread = JSON.parse(await readFile(file, 'utf8')) as { messages: unknown[] };
    expect(thread.messages.length).toBeGreaterThan(10_000);
  });

  it('nests JSON 100,000 levels deep', () => {
    const [arrays] = deeplyNestedFiles();
    const text = arrays!.content as string;
    expect(text.length).toBe(2 * HOSTILE_SIZES.nestingDepth);
    let depth = 0;
    let deepest = 0;
    for (const character of text) {
      depth += character === '[' ? 1 : -1;
      deepest = Math.max(deepest, depth);
    }
    expect(deepest).toBe(100_000);
    expect(depth).toBe(0);
  });

  it('writes bytes no strict UTF-8 decoder accepts', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (const file of invalidUtf8Files())
      expect(() => strict.decode(file.content as Uint8Array)).toThrow(TypeError);
  });

  it('gives every key path of a JSON file a value of another type', () => {
    const document: Parameters<typeof keyPaths>[0] = {
      a: 'x',
      b: [{ c: 1 }, { c: 2, d: null }],
      e: { f: true },
    };
    expect(keyPaths(document).map((path) => path.join('.'))).toEqual([
      '',
      'a',
      'b',
      'b.[]',
      'b.[].c',
      'b.[].d',
      'e',
      'e.f',
    ]);
    expect(mutateAt(document, ['b', '[]', 'c'])).toEqual({
      a: 'x',
      b: [{ c: 'not a number' }, { c: 'not a number', d: null }],
      e: { f: true },
    });
    const posts = demoFiles('instagram-json').find((file) => file.path.endsWith('posts_1.json'))!;
    const variants = [...wrongTypeVariants(posts)];
    const original = JSON.parse(posts.content as string) as unknown;
    expect(variants.length).toBe(keyPaths(original as never).length);
    for (const variant of variants) {
      expect(variant.content).not.toBe(posts.content);
      expect(/[\u0080-\uffff]/.test(variant.content)).toBe(false);
    }
  });

  it('wrong-type rounds reach every key path of every JSON file', () => {
    const files = demoFiles('instagram-json');
    const rounds = [...wrongTypeRounds(files)];
    for (const file of files.filter((entry) => entry.path.endsWith('.json'))) {
      const mutated = rounds.filter(
        ({ files: roundFiles }) => roundFiles.find((f) => f.path === file.path)!.content !== file.content,
      );
      expect(mutated.length, file.path).toBe([...wrongTypeVariants(file)].length);
    }
  });

  it('puts scripts, event handlers and javascript: links in every HTML page', () => {
    const pages = htmlWithScriptsFiles().filter((file) => file.path.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const html = page.content as string;
      expect(html).toContain('<script>');
      expect(html).toMatch(/onerror=/);
      expect(html).toContain('href="javascript:');
      expect(html).toContain('onload=');
    }
    expect(ACTIVE_MARKUP.length).toBeGreaterThanOrEqual(6);
  });

  it('mixes parts of different exports', async () => {
    const { crossPlatform, twoFacebookExports } = await mixedExports();
    expect(crossPlatform.map((zip) => zip.name.split('-')[0])).toEqual(['instagram', 'facebook']);
    const [first, second] = twoFacebookExports.map((zip) => zip.name.replace(/-part\d\.zip$/, ''));
    expect(first).not.toBe(second);
    expect(twoFacebookExports[1]!.name).toMatch(/-part2\.zip$/);
  });

  it('the catalogue names each case once and writes it to disk', async () => {
    const cases = await hostileCases();
    expect(new Set(cases.map((entry) => entry.id)).size).toBe(cases.length);
    const light = cases.filter((entry) =>
      ['not-a-zip', 'no-meta-files', 'mixed-platforms'].includes(entry.id),
    );
    for (const entry of light) {
      const paths = await entry.build(scratch);
      for (const path of paths) expect((await stat(path)).size).toBeGreaterThan(0);
    }
  });
});
