import type { FacebookScenario } from './facebook-scenario';
import { facebookPaths } from './facebook-paths';
import type { DemoFile } from './files';
import type { Thread, ThreadMessage } from './scenario-common';

function messageJson(message: ThreadMessage) {
  return {
    sender_name: message.sender.name,
    timestamp_ms: message.at,
    ...(message.text ? { content: message.text.text } : {}),
    ...(message.share ? { share: { link: message.share.link, share_text: message.share.caption.text } } : {}),
    type: message.share ? 'Share' : 'Generic',
    is_geoblocked_for_viewer: false,
    is_unsent_image_by_messenger_kid_parent: false,
  };
}

/** A thread's files: newest messages first, `message_1` holding the newest `perFile`. */
export function threadFiles(thread: Thread, perFile: number) {
  const newestFirst = [...thread.messages].reverse();
  const files: { part: number; value: unknown }[] = [];
  for (let start = 0, part = 1; start < newestFirst.length; start += perFile, part++) {
    files.push({
      part,
      value: {
        participants: thread.participants.map((participant) => ({ name: participant.name })),
        messages: newestFirst.slice(start, start + perFile).map(messageJson),
        title: thread.title,
        is_still_participant: true,
        thread_path: `${thread.section}/${thread.folder}`,
        magic_words: [],
        joinable_mode: { mode: 1, link: '' },
      },
    });
  }
  return files;
}

/** How many messages go in each message_N.json of the split thread (Meta's real cap is about 10,000). */
export const SPLIT_THREAD_MESSAGES_PER_FILE = 5;

/** Meta's separate Messenger end-to-end-encrypted backup: camelCase, real UTF-8 (archive-format.md §7.4). */
export function facebookE2eeFiles(scenario: FacebookScenario): DemoFile[] {
  const thread = scenario.e2ee;
  const value = {
    participants: thread.participants.map((participant) => participant.name),
    threadName: thread.title,
    messages: thread.messages.map((message) => ({
      isUnsent: false,
      media: [],
      reactions: [],
      senderName: message.sender.name,
      text: message.text?.text ?? '',
      timestamp: message.at,
      type: 'text',
    })),
  };
  return [{ path: facebookPaths('json').e2eeThread(thread.title), content: JSON.stringify(value, null, 2) }];
}

/**
 * Divides the export into two parts as Meta does for big downloads: the split thread's message_2.json, the groups,
 * logged information and ads go to part 2 with every other media file.
 */
export function splitIntoTwoParts(
  files: readonly DemoFile[],
  splitThreadFolder: string,
): [DemoFile[], DemoFile[]] {
  const first: DemoFile[] = [];
  const second: DemoFile[] = [];
  let mediaCount = 0;
  for (const file of files) {
    const inSecond = file.path.includes(`/${splitThreadFolder}/`)
      ? /message_2\.json$/.test(file.path)
      : /^(your_facebook_activity\/groups|logged_information|ads_information)\//.test(file.path) ||
        (file.content instanceof Uint8Array && mediaCount++ % 2 === 1);
    (inSecond ? second : first).push(file);
  }
  return [first, second];
}
