import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { HOSTILE_SIZES } from './sizes';

export const HUGE_THREAD_PATH = 'your_instagram_activity/messages/inbox/bigthread_1234567890/message_1.json';

/**
 * Writes an extracted Instagram export folder whose one message thread is a JSON file of at least `bytes`
 * (300 MB under LOUPE_STRESS=1), streamed to disk so the generator itself stays small in memory.
 */
export async function writeHugeJsonExport(
  root: string,
  bytes = HOSTILE_SIZES.hugeJsonBytes,
): Promise<string> {
  const file = join(root, HUGE_THREAD_PATH);
  await mkdir(dirname(file), { recursive: true });
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(
    '{\n  "participants": [{"name": "Big Talker"}, {"name": "Camille Lef\\u00c3\\u00a8vre"}],\n  "messages": [\n',
  );
  let written = 0;
  for (let i = 0; written < bytes; i++) {
    const message = `    {"sender_name": "${i % 3 === 0 ? 'Camille Lef\\u00c3\\u00a8vre' : 'Big Talker'}", "timestamp_ms": ${1_735_689_600_000 - i * 60_000}, "content": "Message ${i}: the same long conversation goes on and on, caf\\u00c3\\u00a9 au lait again?", "is_geoblocked_for_viewer": false}`;
    await write((i === 0 ? '' : ',\n') + message);
    written += message.length + 2;
  }
  await write(
    '\n  ],\n  "title": "Big Talker",\n  "is_still_participant": true,\n  "thread_path": "inbox/bigthread_1234567890",\n  "magic_words": []\n}\n',
  );
  out.end();
  await once(out, 'finish');
  const profile = join(root, 'personal_information/personal_information/personal_information.json');
  await mkdir(dirname(profile), { recursive: true });
  const profileOut = createWriteStream(profile);
  profileOut.end(
    '{"profile_user":[{"string_map_data":{"Name":{"value":"Camille Lef\\u00c3\\u00a8vre"},"Username":{"value":"camille.lefevre"}}}]}',
  );
  await once(profileOut, 'finish');
  return root;
}
