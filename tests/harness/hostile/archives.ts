import type { DemoFile } from '@core/demo';
import { demoExport, demoFiles, demoZips, instagramJsonWith } from './demo-source';
import { zeroDeflate } from './deflate-zeros';
import { HOSTILE_SIZES } from './sizes';
import { writeStoredZip } from './stored-zip';
import { writeZip, type NamedZip, type ZipInput } from './zip-write';

export const HOSTILE_PASSWORD = 'correct horse battery staple';

/** Not a ZIP at all: a PNG signature, then text. */
export const notAZip = (): NamedZip => ({
  name: 'instagram-export.zip',
  bytes: new TextEncoder().encode(
    '\u0089PNG\r\n\u001a\nthis is not a zip archive, only a file named like one\n',
  ),
});

/** A valid ZIP holding a holiday folder and documents: nothing from Meta. */
export async function zipWithoutMetaFiles(): Promise<NamedZip> {
  const bytes = await writeZip([
    { path: 'Holiday 2025/IMG_0001.jpg', content: Uint8Array.from([0xff, 0xd8, 0xff, 0xd9]) },
    { path: 'Holiday 2025/notes.txt', content: 'Remember the sunscreen.' },
    { path: 'taxes/2025.json', content: '{"total": 1234, "currency": "EUR"}' },
    { path: 'index.html', content: '<html><body>My homepage</body></html>' },
  ]);
  return { name: 'facebook-export.zip', bytes };
}

/** The demo Instagram export, every entry AES-256 encrypted. */
export async function encryptedExport(): Promise<NamedZip> {
  const bytes = await writeZip(demoFiles('instagram-json'), {
    password: HOSTILE_PASSWORD,
    encryptionStrength: 3,
  });
  return { name: demoExport('instagram-json').parts[0]!.zipName, bytes };
}

/** Where the partly encrypted export puts its password-protected entries (the rest is the plain demo). */
export const ENCRYPTED_ENTRY_PATHS = [
  'your_instagram_activity/comments/post_comments_1.json',
  'your_instagram_activity/likes/liked_posts.json',
] as const;

/** The demo Instagram export with two of its text entries AES-encrypted. */
export async function partlyEncryptedExport(): Promise<NamedZip> {
  const encrypted = new Set<string>(ENCRYPTED_ENTRY_PATHS);
  const files = demoFiles('instagram-json').map((file) =>
    encrypted.has(file.path)
      ? { ...file, options: { password: HOSTILE_PASSWORD, encryptionStrength: 3 as const } }
      : file,
  );
  return { name: 'instagram-partly-2026-01-12-PARTLYEN.zip', bytes: await writeZip(files) };
}

/** The demo Instagram export with every entry in Zip64 format. */
export async function zip64Export(): Promise<NamedZip> {
  const bytes = await writeZip(demoFiles('instagram-json'), { zip64: true });
  return { name: demoExport('instagram-json').parts[0]!.zipName, bytes };
}

/** The sound demo export plus one text entry inflating past the per-entry cap at about 1000:1. */
export async function highRatioBomb(mebibytes = HOSTILE_SIZES.bombEntryMiB): Promise<NamedZip> {
  const files: ZipInput[] = [
    ...demoFiles('instagram-json'),
    { path: 'your_instagram_activity/media/posts_2.json', content: zeroDeflate(mebibytes) },
  ];
  return { name: 'instagram-bomb-2026-01-12-BOMBBOMB.zip', bytes: await writeZip(files) };
}

/** The sound demo export plus many text entries, each at the ratio floor, together inflating past a total cap. */
export async function manyEntriesBomb(
  count = HOSTILE_SIZES.manyEntriesCount,
  mebibytes = HOSTILE_SIZES.manyEntriesMiB,
): Promise<NamedZip> {
  const zeros = zeroDeflate(mebibytes);
  function* entries(): Generator<ZipInput> {
    yield* demoFiles('instagram-json');
    for (let i = 0; i < count; i++) {
      yield {
        path: `your_instagram_activity/messages/inbox/filler${i}_${1000 + i}/message_1.json`,
        content: zeros,
      };
    }
  }
  return { name: 'instagram-many-2026-01-12-MANYMANY.zip', bytes: await writeZip(entries()) };
}

/** The demo export plus 100,000 tiny entries: half media placeholders, half JSON no extractor reads. */
export function hundredThousandEntries(count = HOSTILE_SIZES.tinyEntries): NamedZip {
  const encoder = new TextEncoder();
  const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xd9]);
  const emptyList = encoder.encode('[]');
  function* entries(): Generator<{ path: string; content: Uint8Array }> {
    for (const file of demoFiles('instagram-json')) {
      yield {
        path: file.path,
        content: typeof file.content === 'string' ? encoder.encode(file.content) : file.content,
      };
    }
    for (let i = 0; i < count; i++) {
      yield i % 2 === 0
        ? { path: `media/posts/202501/${10 ** 16 + i}.jpg`, content: jpeg }
        : { path: `your_instagram_activity/shopping/recently_viewed_items_${i}.json`, content: emptyList };
    }
  }
  return { name: 'instagram-tiny-2026-01-12-TINYTINY.zip', bytes: writeStoredZip(entries()) };
}

/** Names that escape the extraction folder: zip.js's reader refuses the whole archive by default; Loupe skips each. */
export const TRAVERSAL_NAMES = [
  '../../../../etc/cron.d/loupe',
  '../your_instagram_activity/comments/post_comments_1.json',
  '/etc/passwd',
  '/your_instagram_activity/likes/liked_posts.json',
  'C:/Windows/System32/drivers/etc/hosts',
  '\\\\server\\share\\your_instagram_activity\\saved\\saved_posts.json',
  'your_instagram_activity/..\\..\\escape.json',
] as const;

/** Names that are merely strange: control characters, bidi overrides, other normal forms, a very long one. */
export const ODD_NAMES = [
  'your_instagram_activity/comments/post\u0000_comments_2.json',
  'your_instagram_activity/comments/reels\u0007\u001b[31m_comments_2.json',
  'your_instagram_activity/messages/inbox/\u202egnp.exe_1/message_1.json',
  'your_instagram_activity/messages/inbox/cafe\u0301_1/message_1.json',
  'your_instagram_activity/messages/inbox/caf\u00e9_1/message_1.json',
  'your_instagram_activity/messages/inbox/🔥💬_1/message_1.json',
  `your_instagram_activity/${'a'.repeat(4000)}.json`,
  'your_instagram_activity\\likes\\liked_posts_2.json',
  'your_instagram_activity//media///posts_3.json',
  './your_instagram_activity/./media/posts_4.json',
] as const;

/** A small valid thread, so odd-named entries hold content an extractor would accept. */
const smallThread = (): string =>
  JSON.stringify({
    participants: [{ name: 'Odd Name' }, { name: 'Camille Lef\u00c3\u00a8vre' }],
    messages: [
      { sender_name: 'Odd Name', timestamp_ms: 1735689600000, content: 'hello from an odd file name' },
    ],
    title: 'Odd Name',
  });

export async function traversalNames(): Promise<NamedZip> {
  const files = [
    ...demoFiles('instagram-json'),
    ...TRAVERSAL_NAMES.map((path) => ({ path, content: smallThread() })),
  ];
  return { name: 'instagram-traversal-2026-01-12-TRAVERSE.zip', bytes: await writeZip(files) };
}

export async function oddNames(): Promise<NamedZip> {
  const files = [
    ...demoFiles('instagram-json'),
    ...ODD_NAMES.map((path) => ({ path, content: smallThread() })),
  ];
  return { name: 'instagram-odd-2026-01-12-ODDNAMES.zip', bytes: await writeZip(files) };
}

/** `[[[…]]]` and `{"a":{"a":…}}` nested `depth` levels, in files extractors read. */
export function deeplyNestedFiles(depth = HOSTILE_SIZES.nestingDepth): DemoFile[] {
  return [
    {
      path: 'your_instagram_activity/likes/liked_posts.json',
      content: '['.repeat(depth) + ']'.repeat(depth),
    },
    {
      path: 'your_instagram_activity/media/posts_1.json',
      content: '{"media":'.repeat(depth) + '[]' + '}'.repeat(depth),
    },
    {
      path: 'your_instagram_activity/messages/inbox/deep_1/message_1.json',
      content: `{"participants":[{"name":"Deep"}],"title":"Deep","messages":[{"sender_name":"Deep","timestamp_ms":1735689600000,"content":${'['.repeat(depth)}"x"${']'.repeat(depth)}}]}`,
    },
  ];
}

export async function deeplyNested(depth?: number): Promise<NamedZip> {
  return {
    name: 'instagram-deep-2026-01-12-DEEPDEEP.zip',
    bytes: await writeZip(instagramJsonWith(deeplyNestedFiles(depth))),
  };
}

/** Byte sequences no UTF-8 decoder may accept: a stray continuation, an overlong slash, a surrogate, 0xFF, a cut sequence. */
export const INVALID_UTF8 = [
  [0x80],
  [0xc0, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xff, 0xfe],
  [0xc3, 0x28],
  [0xe2, 0x82],
] as const;

const withInvalidBytes = (before: string, after: string): Uint8Array => {
  const encoder = new TextEncoder();
  return Uint8Array.from([...encoder.encode(before), ...INVALID_UTF8.flat(), ...encoder.encode(after)]);
};

export function invalidUtf8Files(): DemoFile[] {
  return [
    {
      path: 'your_instagram_activity/comments/post_comments_1.json',
      content: withInvalidBytes(
        '[{"string_map_data":{"Comment":{"value":"broken ',
        ' bytes"},"Time":{"timestamp":1735689600}}}]',
      ),
    },
    {
      path: 'your_instagram_activity/messages/inbox/bytes_1/message_1.json',
      content: withInvalidBytes('{"participants":[{"name":"B', '"}],"title":"Bytes","messages":[]}'),
    },
    {
      path: 'your_instagram_activity/saved/saved_posts.html',
      content: withInvalidBytes(
        '<html><body><div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder"><h2>',
        '</h2></div></body></html>',
      ),
    },
  ];
}

export async function invalidUtf8(): Promise<NamedZip> {
  return {
    name: 'instagram-utf8-2026-01-12-BADBYTES.zip',
    bytes: await writeZip(instagramJsonWith(invalidUtf8Files())),
  };
}

/** Markup that must stay inert: scripts, event handlers, javascript: links, frames, remote styles, a refresh. */
export const ACTIVE_MARKUP = [
  '<script>window.__loupePwned = 1</script>',
  '<img src="x" onerror="window.__loupePwned = 2">',
  '<a href="javascript:window.__loupePwned = 3">open</a>',
  '<svg onload="window.__loupePwned = 4"></svg>',
  '<iframe src="https://evil.example/frame"></iframe>',
  '<style>@import url(https://evil.example/x.css);</style>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '<form action="https://evil.example/"><button formaction="javascript:alert(1)">go</button></form>',
] as const;

/** The demo Instagram HTML export with active markup in every page, inside and around message blocks. */
export function htmlWithScriptsFiles(): DemoFile[] {
  const block = `<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder"><h2 class="_3-95 _2pim _a6-h _a6-i">Mallory</h2><div class="_3-95 _a6-p"><div><div></div><div>Hi ${ACTIVE_MARKUP.join(' ')} &lt;script&gt;alert(5)&lt;/script&gt;</div><div></div><div></div></div></div><div class="_3-94 _a6-o">5 janv. 2025 15:14</div></div>`;
  return demoFiles('instagram-html').map((file) => {
    if (typeof file.content !== 'string' || !file.path.endsWith('.html')) return file;
    const content = file.content
      .replace('<head>', `<head>${ACTIVE_MARKUP[0]}${ACTIVE_MARKUP[6]}`)
      .replace('<body class=', '<body onload="window.__loupePwned = 6" class=')
      .replace('<div class="_a706" role="main">', `<div class="_a706" role="main">${block}`);
    return { path: file.path, content };
  });
}

export async function htmlWithScripts(): Promise<NamedZip> {
  return { name: 'instagram-scripts-2026-01-12-SCRIPTED.zip', bytes: await writeZip(htmlWithScriptsFiles()) };
}

/** Parts of two different exports given together: Instagram with a Facebook part, and two Facebook exports' parts. */
export async function mixedExports(): Promise<{ crossPlatform: NamedZip[]; twoFacebookExports: NamedZip[] }> {
  const [instagram] = await demoZips('instagram-json');
  const facebook = await demoZips('facebook-json');
  const otherFacebook = await demoZips('facebook-json', 7);
  return {
    crossPlatform: [instagram!, facebook[1]!],
    twoFacebookExports: [facebook[0]!, otherFacebook[1]!],
  };
}
