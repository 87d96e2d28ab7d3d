import { createWriteStream } from 'node:fs';
import { Writable } from 'node:stream';
import { TextReader, Uint8ArrayReader, ZipWriter, configure } from '@zip.js/zip.js';

configure({ useWebWorkers: false });

const WORDS = (
  'le la les un une des et à de du que qui pas pour sur avec dans très bien vraiment demain hier ce soir ' +
  'the a to of and in is it you that was for on are with as this be at have from or one had by words but ' +
  'élection vérité scandale médias politique climat santé vaccin économie quartier école famille été café ' +
  'news truth breaking shocking claim everyone knows hidden agenda share before they delete this'
).split(' ');

/** A deterministic pseudo-random generator, so every run writes the same export. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const metaEscape = (json: string) =>
  json.replace(/[\u0080-\uffff]/g, (char) =>
    [...new TextEncoder().encode(char)].map((byte) => `\\u00${byte.toString(16).padStart(2, '0')}`).join(''),
  );

function sentence(next: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(next() * WORDS.length)]!);
  return out.join(' ');
}

async function openZip(path: string) {
  const file = createWriteStream(path);
  const writer = new ZipWriter(Writable.toWeb(file) as WritableStream<Uint8Array>);
  return {
    addText: (name: string, text: string) => writer.add(name, new TextReader(text), { level: 6 }),
    addStored: (name: string, bytes: Uint8Array) =>
      writer.add(name, new Uint8ArrayReader(bytes), { level: 0 }),
    close: async () => {
      await writer.close();
    },
  };
}

/** Message threads of Instagram's layout, `messagesPerFile` per `message_N.json`, about `targetBytes` of JSON. */
async function addThreads(
  zip: Awaited<ReturnType<typeof openZip>>,
  targetBytes: number,
  next: () => number,
): Promise<number> {
  let written = 0;
  let time = Date.UTC(2025, 0, 1);
  for (let thread = 0; written < targetBytes; thread++) {
    const friend = `Friend ${thread}`;
    for (let part = 1; part <= 3 && written < targetBytes; part++) {
      const messages = Array.from({ length: 400 }, () => ({
        sender_name: next() < 0.5 ? 'Zoé Martin' : friend,
        timestamp_ms: (time -= Math.floor(next() * 600_000)),
        content: sentence(next, 4 + Math.floor(next() * 20)),
        reactions: next() < 0.1 ? [{ reaction: '❤', actor: friend }] : undefined,
      }));
      const json = metaEscape(
        JSON.stringify({
          participants: [{ name: friend }, { name: 'Zoé Martin' }],
          messages,
          title: friend,
          thread_path: `inbox/friend${thread}_1`,
        }),
      );
      await zip.addText(
        `your_instagram_activity/messages/inbox/friend${thread}_${thread}/message_${part}.json`,
        json,
      );
      written += json.length;
    }
  }
  return written;
}

async function addProfileAndActivity(
  zip: Awaited<ReturnType<typeof openZip>>,
  next: () => number,
  scale: number,
): Promise<number> {
  const files: Record<string, unknown> = {
    'personal_information/personal_information/personal_information.json': {
      profile_user: [
        { string_map_data: { Username: { value: 'zoe.martin' }, Name: { value: 'Zoé Martin' } } },
      ],
    },
    'your_instagram_activity/content/posts_1.json': Array.from({ length: 300 * scale }, (_, i) => ({
      media: [
        {
          uri: `media/posts/2024/${i}.jpg`,
          creation_timestamp: 1_700_000_000 + i * 3600,
          title: sentence(next, 30),
        },
      ],
    })),
    'your_instagram_activity/comments/post_comments_1.json': Array.from({ length: 1000 * scale }, (_, i) => ({
      string_map_data: {
        Comment: { value: sentence(next, 15) },
        'Media Owner': { value: `owner${i}` },
        Time: { timestamp: 1_700_000_000 + i },
      },
    })),
    'your_instagram_activity/likes/liked_posts.json': {
      likes_media_likes: Array.from({ length: 2000 * scale }, (_, i) => ({
        title: `page${i % 300}`,
        string_list_data: [
          { href: `https://www.instagram.com/p/${i}/`, value: '👍', timestamp: 1_700_000_000 + i },
        ],
      })),
    },
  };
  let written = 0;
  for (const [path, value] of Object.entries(files)) {
    const json = metaEscape(JSON.stringify(value));
    await zip.addText(path, json);
    written += json.length;
  }
  return written;
}

/** An export that is mostly media: `mediaBytes` of stored (never compressed) files of 1 MiB, plus a few MB of JSON. */
export async function writeMediaHeavyExport(
  path: string,
  mediaBytes: number,
): Promise<{ jsonBytes: number; mediaFiles: number }> {
  const next = random(1);
  const zip = await openZip(path);
  const jsonBytes = (await addProfileAndActivity(zip, next, 1)) + (await addThreads(zip, 4 * 2 ** 20, next));
  const chunk = new Uint8Array(2 ** 20);
  for (let i = 0; i < chunk.length; i++) chunk[i] = Math.floor(next() * 256);
  const mediaFiles = Math.ceil(mediaBytes / chunk.length);
  for (let i = 0; i < mediaFiles; i++) {
    const folder =
      i % 3 === 0
        ? `media/posts/2024${String((i % 12) + 1).padStart(2, '0')}`
        : `your_instagram_activity/messages/inbox/friend${i % 50}_${i % 50}/photos`;
    await zip.addStored(`${folder}/${1_800_000_000 + i}.jpg`, chunk);
  }
  await zip.close();
  return { jsonBytes, mediaFiles };
}

/** An export with about `jsonBytes` of JSON, mostly message threads. */
export async function writeJsonHeavyExport(path: string, jsonBytes: number): Promise<{ jsonBytes: number }> {
  const next = random(2);
  const zip = await openZip(path);
  const activity = await addProfileAndActivity(zip, next, 10);
  const threads = await addThreads(zip, jsonBytes - activity, next);
  await zip.close();
  return { jsonBytes: activity + threads };
}
