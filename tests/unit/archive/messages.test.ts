import { describe, expect, it } from 'vitest';
import { importSources, metaJson, ms, zipSourceOf } from './builders';

const thread = (title: string, participants: string[], messages: unknown[]) =>
  metaJson({ participants: participants.map((name) => ({ name })), messages, title, thread_path: 'inbox/x' });
const msg = (sender: string, iso: string, content: string) => ({
  sender_name: sender,
  timestamp_ms: ms(iso),
  content,
});

describe('message threads', () => {
  it('finds the owner among participants when no profile file exists', async () => {
    const files = {
      'your_facebook_activity/messages/inbox/a_1/message_1.json': thread(
        'Anna',
        ['Anna', 'Me Myself'],
        [msg('Anna', '2024-01-01T00:00:00Z', 'hi'), msg('Me Myself', '2024-01-01T00:01:00Z', 'hello')],
      ),
      'your_facebook_activity/messages/inbox/b_2/message_1.json': thread(
        'Bob',
        ['Bob', 'Me Myself'],
        [msg('Bob', '2024-01-02T00:00:00Z', 'yo')],
      ),
    };
    const { items, summary } = await importSources([await zipSourceOf(files)]);
    expect(summary.ownerIdentified).toBe(true);
    expect(items.map((item) => [item.text, item.direction])).toEqual([
      ['hi', 'received'],
      ['hello', 'authored'],
      ['yo', 'received'],
    ]);
  });

  it('reads a thread split across two parts once, and the same message in two files as one item', async () => {
    const first = thread(
      'Anna',
      ['Anna', 'Me'],
      [msg('Anna', '2024-02-02T00:00:00Z', 'newer'), msg('Me', '2024-02-01T00:00:00Z', 'dup')],
    );
    const second = thread(
      'Anna',
      ['Anna', 'Me'],
      [msg('Me', '2024-02-01T00:00:00Z', 'dup'), msg('Anna', '2024-01-01T00:00:00Z', 'older')],
    );
    const part1 = await zipSourceOf(
      { 'your_instagram_activity/messages/inbox/anna_1/message_1.json': first },
      'instagram-me-part1.zip',
    );
    const part2 = await zipSourceOf(
      { 'your_instagram_activity/messages/inbox/anna_1/message_2.json': second },
      'instagram-me-part2.zip',
    );
    const { items, summary } = await importSources([part2, part1]);
    expect(items.map((item) => item.text)).toEqual(['newer', 'dup', 'older']);
    expect(summary.duplicateRecords).toBe(1);
  });

  it('reads the Messenger end-to-end-encrypted backup and de-duplicates it against e2ee_cutover', async () => {
    const backup = await zipSourceOf(
      {
        'Anna Lee_1.json': JSON.stringify({
          participants: ['Anna Lee', 'Me'],
          threadName: 'Anna Lee',
          messages: [
            {
              senderName: 'Anna Lee',
              text: 'chiffré 🔒',
              timestamp: ms('2024-06-01T00:00:00Z'),
              type: 'text',
              isUnsent: false,
              media: [],
              reactions: [],
            },
            {
              senderName: 'Me',
              text: 'retracted',
              timestamp: ms('2024-06-01T00:01:00Z'),
              type: 'text',
              isUnsent: true,
            },
          ],
        }),
        'media/photo.jpg': new Uint8Array(10),
      },
      'messages.zip',
    );
    const alone = await importSources([backup]);
    expect(alone.summary.platforms).toEqual(['facebook']);
    expect(alone.items.map((item) => [item.text, item.author, item.conversation])).toEqual([
      ['chiffré 🔒', 'Anna Lee', 'Anna Lee'],
    ]);

    const cutover = await zipSourceOf({
      'your_facebook_activity/messages/e2ee_cutover/annalee_9/message_1.json': thread(
        'Anna Lee',
        ['Anna Lee', 'Me'],
        [msg('Anna Lee', '2024-06-01T00:00:00Z', 'chiffré 🔒')],
      ),
    });
    const both = await importSources([
      cutover,
      await zipSourceOf(
        {
          'Anna Lee_1.json': JSON.stringify({
            participants: ['Anna Lee', 'Me'],
            threadName: 'Anna Lee',
            messages: [{ senderName: 'Anna Lee', text: 'chiffré 🔒', timestamp: ms('2024-06-01T00:00:00Z') }],
          }),
        },
        'messages.zip',
      ),
    ]);
    expect(both.items).toHaveLength(1);
    expect(both.summary.duplicateRecords).toBe(1);
  });
});
