import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../electron/cli/commands';
import { runCli } from '../../../electron/cli/run';
import { captureCliIo } from '../../harness/cli-capture';

const scratch = await mkdtemp(join(tmpdir(), 'loupe-terminal-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));
const program = { version: '0.0.0', commands: COMMANDS };

/** ESC sequences that turn text red, clear the screen and retitle the window; a bidi override. */
const HOSTILE_FOLDER = 'evil\u001b[31m\u001b[2J\u001b]0;owned\u0007\u202e';
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

async function extract(folder: string) {
  const capture = captureCliIo();
  const code = await runCli(program, ['extract', folder, '--out', join(scratch, 'out.jsonl')], capture.io);
  return { code, err: capture.err() };
}

/**
 * An extracted export's folder names reach the terminal in warnings and refusals: they are printed with
 * their control and bidi characters escaped, never raw.
 */
describe('archive names on the terminal', () => {
  it('a warning naming a file under a folder named with ESC sequences prints them escaped', async () => {
    const root = join(scratch, 'instagram-x-2026-01-12-ESCAPES');
    const activity = join(root, HOSTILE_FOLDER, 'your_instagram_activity');
    await mkdir(join(activity, 'media'), { recursive: true });
    await mkdir(join(activity, 'likes'), { recursive: true });
    await writeFile(join(activity, 'media', 'posts_1.json'), '{broken');
    await writeFile(
      join(activity, 'likes', 'liked_posts.json'),
      JSON.stringify({
        likes_media_likes: [
          {
            title: 'bob',
            string_list_data: [{ href: 'https://www.instagram.com/p/x/', timestamp: 1735689600 }],
          },
        ],
      }),
    );
    const run = await extract(root);
    expect(run.code, run.err).toBe(0);
    expect(run.err).toContain(
      'evil\\u{1b}[31m\\u{1b}[2J\\u{1b}]0;owned\\u{7}\\u{202e}/your_instagram_activity/media',
    );
    expect(run.err).not.toMatch(RAW_CONTROL);
  });

  it('a refusal listing what was found prints folder names escaped', async () => {
    const root = join(scratch, 'not-meta');
    await mkdir(join(root, HOSTILE_FOLDER), { recursive: true });
    await writeFile(join(root, HOSTILE_FOLDER, 'notes.txt'), 'hello');
    const run = await extract(root);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^loupe: no Instagram or Facebook files found/);
    expect(run.err).toContain('\\u{1b}[2J');
    expect(run.err).not.toMatch(RAW_CONTROL);
  });
});
