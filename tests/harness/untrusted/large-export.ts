import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoFiles, writeZip, type NamedZip } from '../hostile';

const WORDS =
  'the a vote news truth claim city school family summer tonight why everyone knows really share this before they delete it'.split(
    ' ',
  );

/**
 * The demo Instagram JSON export plus one long message thread of `messages` distinct short texts: big enough
 * that importing and classifying it takes a while, so a reload can land in the middle of either.
 */
export async function largeInstagramExport(messages: number, seed = 7): Promise<NamedZip> {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const thread = {
    participants: [{ name: 'Long Talker' }, { name: 'Camille Lef\u00c3\u00a8vre' }],
    messages: Array.from({ length: messages }, (_, i) => ({
      sender_name: i % 2 === 0 ? 'Long Talker' : 'Camille Lef\u00c3\u00a8vre',
      timestamp_ms: 1_735_689_600_000 - i * 3_600_000,
      content: `${i}: ${Array.from({ length: 6 + Math.floor(next() * 10) }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ')}`,
      is_geoblocked_for_viewer: false,
    })),
    title: 'Long Talker',
    is_still_participant: true,
    thread_path: 'inbox/longtalker_1234500000',
    magic_words: [],
  };
  const content = JSON.stringify(thread, null, 2).replace(
    /[\u0080-\u00ff]/g,
    (char) => `\\u00${char.charCodeAt(0).toString(16)}`,
  );
  const files = [
    ...demoFiles('instagram-json'),
    { path: 'your_instagram_activity/messages/inbox/longtalker_1234500000/message_1.json', content },
  ];
  return { name: 'instagram-camille.lefevre-2026-01-12-LARGE.zip', bytes: await writeZip(files) };
}

/** largeInstagramExport written to a fresh temporary folder, for a file input; returns its path. */
export async function largeInstagramExportFile(messages: number): Promise<string> {
  const zip = await largeInstagramExport(messages);
  const path = join(mkdtempSync(join(tmpdir(), 'loupe-large-')), zip.name);
  writeFileSync(path, zip.bytes);
  return path;
}
