import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoExports, type DemoBundle, type DemoExport, type DemoExportKey } from '@core/demo';
import { openZip, repairMojibake, stringsOf, type ZipContent } from './read-zip';

let bundle: DemoBundle;
const opened = new Map<string, ZipContent>();

const exportOf = (key: DemoExportKey): DemoExport => {
  const found = bundle.exports.find((entry) => entry.manifest.key === key);
  if (!found) throw new Error(`no export ${key}`);
  return found;
};

/** The part of an export holding `path` (the first one, in part order). */
async function partWith(demo: DemoExport, path: string): Promise<ZipContent> {
  for (const zip of demo.zips) {
    const content = opened.get(zip.name)!;
    if (content.paths.includes(path)) return content;
  }
  throw new Error(`${path} is in no part of ${demo.manifest.key}`);
}

const decodeHtml = (html: string): string =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#039;/g, "'")
    .replace(/&amp;/g, '&');

beforeAll(async () => {
  bundle = await generateDemoExports();
  for (const demo of bundle.exports)
    for (const zip of demo.zips) opened.set(zip.name, await openZip(zip.bytes));
});

describe('the demo exports', () => {
  it('are four valid ZIP exports named as Meta names them', () => {
    expect(bundle.exports.map((entry) => entry.manifest.key)).toEqual([
      'instagram-json',
      'instagram-html',
      'facebook-json',
      'facebook-html',
    ]);
    expect(exportOf('instagram-json').zips[0]!.name).toMatch(
      /^instagram-camille\.lefevre-2026-01-12-[A-Za-z0-9]{8}\.zip$/,
    );
    const facebookParts = exportOf('facebook-json').zips.map((zip) => zip.name);
    expect(facebookParts[0]).toMatch(/^facebook-camille\.lefevre-2026-01-12-[A-Za-z0-9]{8}-part1\.zip$/);
    expect(facebookParts[1]).toBe(facebookParts[0]!.replace('part1', 'part2'));
    expect(facebookParts[2]).toBe('messages.zip');
    for (const content of opened.values()) expect(content.paths.length).toBeGreaterThan(0);
  });

  it('use the real folder layouts, with files found at the root of each ZIP', () => {
    const instagram = opened.get(exportOf('instagram-json').zips[0]!.name)!.paths;
    for (const path of [
      'your_instagram_activity/media/posts_1.json',
      'your_instagram_activity/media/reels.json',
      'your_instagram_activity/comments/post_comments_1.json',
      'your_instagram_activity/likes/liked_posts.json',
      'your_instagram_activity/story_interactions/stories_viewed.json',
      'ads_information/ads_and_topics/posts_viewed.json',
      'connections/followers_and_following/following.json',
      'preferences/your_topics/recommended_topics.json',
      'personal_information/personal_information/personal_information.json',
      'your_instagram_activity/events/no-data.txt',
    ]) {
      expect(instagram).toContain(path);
    }
    expect(
      instagram.some((path) =>
        /^your_instagram_activity\/messages\/message_requests\/[^/]+\/message_1\.json$/.test(path),
      ),
    ).toBe(true);
    const instagramHtml = opened.get(exportOf('instagram-html').zips[0]!.name)!.paths;
    expect(instagramHtml).toContain('start_here.html');
    expect(instagramHtml).toContain('your_instagram_activity/media/posts_1.html');
    expect(instagramHtml.some((path) => path.endsWith('.json'))).toBe(false);
    const facebook = exportOf('facebook-json')
      .zips.slice(0, 2)
      .flatMap((zip) => opened.get(zip.name)!.paths);
    for (const path of [
      'your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json',
      'your_facebook_activity/comments_and_reactions/comments.json',
      'your_facebook_activity/groups/group_posts_and_comments.json',
      'logged_information/interactions/recently_viewed.json',
      "connections/followers/who_you've_followed.json",
      'personal_information/profile_information/profile_information.json',
    ]) {
      expect(facebook).toContain(path);
    }
    for (const section of ['inbox', 'archived_threads', 'filtered_threads', 'message_requests']) {
      expect(facebook.some((path) => path.startsWith(`your_facebook_activity/messages/${section}/`))).toBe(
        true,
      );
    }
  });

  it('split one Facebook thread across the two parts', () => {
    const [first, second] = exportOf('facebook-json').zips.map((zip) => opened.get(zip.name)!);
    const secondFiles = second!.paths.filter((path) => /\/message_2\.json$/.test(path));
    expect(secondFiles).toHaveLength(1);
    const folder = secondFiles[0]!.replace(/message_2\.json$/, '');
    expect(first!.paths).toContain(`${folder}message_1.json`);
    expect(first!.paths).not.toContain(`${folder}message_2.json`);
    expect(second!.paths).not.toContain(`${folder}message_1.json`);
    expect(first!.paths.filter((path) => second!.paths.includes(path))).toEqual([]);
  });

  it('write every non-ASCII JSON string, keys included, as one \\u00XX escape per UTF-8 byte', async () => {
    const instagram = opened.get(exportOf('instagram-json').zips[0]!.name)!;
    const raw = await instagram.text('your_instagram_activity/comments/post_comments_1.json');
    expect(/[\u0080-\uffff]/.test(raw)).toBe(false);
    expect(raw).toContain('"Propri\\u00c3\\u00a9taire du contenu"');
    const parsed = JSON.parse(raw) as unknown;
    const repaired = stringsOf(repairMojibake(parsed));
    expect(repaired).toContain('Propriétaire du contenu');
    expect(stringsOf(parsed)).not.toContain('Propriétaire du contenu');
    const manifest = exportOf('instagram-json').manifest;
    const texts = manifest.items
      .filter((item) => item.sourcePath.endsWith('post_comments_1.json'))
      .map((item) => item.text);
    expect(texts.some((text) => /[\u0080-\uffff]/.test(text))).toBe(true);
    for (const text of texts) expect(repaired).toContain(text);
  });

  it('plant every manifest item and exposure text in its source file', async () => {
    for (const demo of bundle.exports) {
      const records = [
        ...demo.manifest.items.map((item) => ({ path: item.sourcePath, text: item.text, exact: true })),
        ...demo.manifest.exposures.map((exposure) => ({
          path: exposure.sourcePath,
          // A planted text (caption, title) or else the account; reaction codes like "LIKE" are not in HTML.
          text: exposure.tone ? exposure.label : (exposure.account ?? exposure.label),
          exact: false,
        })),
      ];
      expect(records.length).toBeGreaterThan(30);
      for (const { path, text, exact } of records) {
        const raw = await (await partWith(demo, path)).text(path);
        if (text === null) continue;
        const where = `${demo.manifest.key} ${path}`;
        if (demo.manifest.format === 'html') {
          expect(decodeHtml(raw), where).toContain(text);
        } else {
          const strings = stringsOf(repairMojibake(JSON.parse(raw)));
          if (exact) expect(strings, where).toContain(text);
          // Some accounts exist only inside a sentence ("X likes Y's post.").
          else
            expect(
              strings.some((string) => string.includes(text)),
              `${where}: ${text}`,
            ).toBe(true);
        }
      }
    }
  });

  it('mix English and French, and ordinary, divisive and misleading texts, in every export', () => {
    for (const demo of bundle.exports) {
      const items = demo.manifest.items;
      expect(new Set(items.map((item) => item.language))).toEqual(new Set(['en', 'fr']));
      const tones = items.map((item) => item.tone);
      expect(new Set(tones)).toEqual(new Set(['ordinary', 'divisive', 'misleading']));
      expect(tones.filter((tone) => tone === 'ordinary').length).toBeGreaterThan(items.length / 2);
      expect(new Set(items.map((item) => item.direction))).toEqual(new Set(['authored', 'received', 'seen']));
    }
  });

  it('link to low-credibility domains, reputable news and shorteners', () => {
    const links = bundle.exports.flatMap((demo) => demo.manifest.items.flatMap((item) => item.links));
    expect(links.some((link) => link.startsWith('http://abcnews.com.co/'))).toBe(true);
    expect(links.some((link) => link.includes('activistpost.com/'))).toBe(true);
    expect(links.some((link) => link.startsWith('https://bit.ly/'))).toBe(true);
    expect(links.some((link) => link.startsWith('https://www.francetvinfo.fr/'))).toBe(true);
  });

  it('spread two years of timestamps, in seconds where Meta writes seconds and ms in messages', () => {
    const items = exportOf('facebook-json').manifest.items;
    const times = items.map((item) => item.timestamp as number);
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThan(540 * 86_400_000);
    const posts = items.filter((item) => item.kind !== 'message');
    expect(posts.every((item) => (item.timestamp as number) % 1000 === 0)).toBe(true);
    expect(
      items.filter((item) => item.kind === 'message').some((item) => (item.timestamp as number) % 1000 !== 0),
    ).toBe(true);
    const html = exportOf('facebook-html').manifest;
    expect(html.timestampPrecision).toBe('minute');
    expect(html.items.every((item) => (item.timestamp as number) % 60_000 === 0)).toBe(true);
  });

  it('write localised HTML dates and no script', async () => {
    const french = opened.get(exportOf('instagram-html').zips[0]!.name)!;
    const frenchPage = await french.text('your_instagram_activity/comments/post_comments_1.html');
    expect(frenchPage).toMatch(
      /<td class="_2pin _2piu _a6_r">\d{1,2} (janv\.|févr\.|mars|avr\.|mai|juin|juil\.|août|sept\.|oct\.|nov\.|déc\.) 20\d\d \d\d:\d\d<\/td>/,
    );
    const english = opened.get(exportOf('facebook-html').zips[0]!.name)!;
    const englishPage = await english.text('your_facebook_activity/comments_and_reactions/comments.html');
    expect(englishPage).toMatch(
      /<div class="_3-94 _a6-o">[A-Z][a-z]{2} \d\d, 20\d\d \d{1,2}:\d\d (am|pm)<\/div>/,
    );
    for (const content of [french, english]) {
      for (const path of content.paths.filter((entry) => entry.endsWith('.html'))) {
        expect(await content.text(path)).not.toMatch(/<script/i);
      }
    }
  });

  it('ship placeholder media with real signatures, referenced by uri, and no-data.txt in an empty category', async () => {
    const instagram = opened.get(exportOf('instagram-json').zips[0]!.name)!;
    const posts = JSON.parse(await instagram.text('your_instagram_activity/media/posts_1.json')) as {
      media: { uri: string }[];
    }[];
    const uris = posts.flatMap((post) => post.media.map((media) => media.uri));
    expect(uris.length).toBeGreaterThan(posts.length);
    for (const uri of uris) expect([...(await instagram.bytes(uri)).slice(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    const reels = instagram.paths.filter((path) => path.startsWith('media/reels/'));
    expect(new TextDecoder().decode((await instagram.bytes(reels[0]!)).slice(4, 8))).toBe('ftyp');
    const noData = await instagram.bytes('your_instagram_activity/events/no-data.txt');
    expect(new TextDecoder().decode(noData)).toBe('You have no data in this section');
    expect(noData.length).toBe(32);
  });

  it('ship the Messenger E2EE backup in its camelCase shape', async () => {
    const backup = opened.get('messages.zip')!;
    expect(backup.paths).toHaveLength(1);
    const thread = JSON.parse(await backup.text(backup.paths[0]!)) as Record<string, unknown>;
    expect(Object.keys(thread).sort()).toEqual(['messages', 'participants', 'threadName']);
    expect(thread.participants).toContain('Camille Lefèvre');
    const message = (thread.messages as Record<string, unknown>[])[0]!;
    expect(Object.keys(message)).toEqual(
      expect.arrayContaining(['senderName', 'text', 'timestamp', 'isUnsent']),
    );
  });

  it('identify the owner in the profile files', async () => {
    const facebook = opened.get(exportOf('facebook-json').zips[0]!.name)!;
    const profile = repairMojibake(
      JSON.parse(await facebook.text('personal_information/profile_information/profile_information.json')),
    );
    expect(profile).toMatchObject({ profile_v2: { name: { full_name: 'Camille Lefèvre' } } });
    expect(exportOf('facebook-json').manifest.owner.name).toBe('Camille Lefèvre');
  });
});

describe('determinism', () => {
  it('gives the same bytes for the same seed and different ones for another seed', async () => {
    const again = await generateDemoExports();
    const bytes = (result: DemoBundle) =>
      result.exports.flatMap((demo) => demo.zips.map((zip) => Buffer.from(zip.bytes)));
    expect(bytes(again)).toEqual(bytes(bundle));
    expect(again.manifest).toEqual(bundle.manifest);
    const other = await generateDemoExports({ seed: 7 });
    expect(bytes(other)[0]!.equals(bytes(bundle)[0]!)).toBe(false);
  });

  it('with native compression, writes ZIPs holding the same files and the same manifest', async () => {
    const native = await generateDemoExports({ nativeCompression: true });
    expect(native.manifest).toEqual(bundle.manifest);
    const zip = native.exports[0]!.zips[0]!;
    const content = await openZip(zip.bytes);
    const reference = opened.get(bundle.exports[0]!.zips[0]!.name)!;
    expect(content.paths).toEqual(reference.paths);
    const path = 'your_instagram_activity/comments/post_comments_1.json';
    expect(await content.text(path)).toBe(await reference.text(path));
  });
});
