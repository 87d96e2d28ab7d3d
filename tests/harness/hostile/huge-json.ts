import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { HOSTILE_SIZES } from './sizes';

export const HUGE_THREAD_PATH = 'your_instagram_activity/messages/inbox/bigthread_1234567890/message_1.json';
/** A sound thread beside the huge one: what is left to import when the huge file is over the per-file cap. */
export const SMALL_THREAD_PATH = 'your_instagram_activity/messages/inbox/smalltalk_987654321/message_1.json';

/**
 * Writes an extracted Instagram export folder whose one big message thread is a JSON file of at least `bytes`
 * (300 MB under LOUPE_STRESS=1, above the importer's 256 MiB per-file cap), streamed to disk so the generator
 * itself stays small in memory; a profile and a small thread beside it.
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
  const small = join(root, SMALL_THREAD_PATH);
  await mkdir(dirname(small), { recursive: true });
  const smallOut = createWriteStream(small);
  smallOut.end(
    '{"participants":[{"name":"Small Talker"},{"name":"Camille Lef\\u00c3\\u00a8vre"}],"messages":[{"sender_name":"Small Talker","timestamp_ms":1735689600000,"content":"a short thread beside the huge one"}],"title":"Small Talker"}',
  );
  await once(smallOut, 'finish');
  return root;
}
