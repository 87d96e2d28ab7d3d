import { describe, expect, it } from 'vitest';
import { displayEntryName, unsafeEntryName } from '@core/archive/sources/source';

describe('entry names', () => {
  it('refuses names that leave the export or carry control characters', () => {
    expect(unsafeEntryName('../x.json')).toBe('a parent folder (..)');
    expect(unsafeEntryName('a/..\\..\\x.json')).toBe('a parent folder (..)');
    expect(unsafeEntryName('a/b/..')).toBe('a parent folder (..)');
    expect(unsafeEntryName('/etc/passwd')).toBe('an absolute path');
    expect(unsafeEntryName('\\\\server\\share\\x.json')).toBe('an absolute path');
    expect(unsafeEntryName('c:/x.json')).toBe('an absolute path');
    expect(unsafeEntryName('D:\\x.json')).toBe('an absolute path');
    expect(unsafeEntryName('a/b\u0000.json')).toBe('control characters');
    expect(unsafeEntryName('a/\u001b[31mb.json')).toBe('control characters');
    expect(unsafeEntryName('a/b\u0085.json')).toBe('control characters');
    expect(unsafeEntryName('a/b\u007f.json')).toBe('control characters');
  });

  it('accepts the odd but harmless names real exports and re-zips have', () => {
    for (const name of [
      'your_instagram_activity/messages/inbox/café_1/message_1.json',
      'your_instagram_activity/messages/inbox/cafe\u0301_1/message_1.json',
      'your_instagram_activity\\likes\\liked_posts.json',
      './your_instagram_activity/media/posts_1.json',
      'your_instagram_activity/messages/inbox/🔥💬_1/message_1.json',
      'your_instagram_activity/messages/inbox/\u202egnp.exe_1/message_1.json',
      "pages_you've_liked.json",
      'a..b/c...json',
      'Takeout 2/facebook-x/your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json',
    ]) {
      expect(unsafeEntryName(name), name).toBeNull();
    }
  });

  it('escapes control, bidi and invisible characters for display, and nothing else', () => {
    expect(displayEntryName('a/b\u0000\u001b[31m.json')).toBe('a/b\\u{0}\\u{1b}[31m.json');
    expect(displayEntryName('inbox/\u202egnp.exe_1')).toBe('inbox/\\u{202e}gnp.exe_1');
    expect(displayEntryName('x\u200by\ufeff')).toBe('x\\u{200b}y\\u{feff}');
    expect(displayEntryName('../café/🔥.json')).toBe('../café/🔥.json');
  });
});
