/**
 * Paths are matched by their ending, lower-cased, with apostrophes folded to `_` (`pages_you've_liked.json`
 * also ships as `pages_you_ve_liked.json`).
 */
export function matchKey(path: string): string {
  return path.toLowerCase().replace(/['’]/g, '_');
}

export type EntryClass = 'json' | 'html' | 'no_data' | 'text_other' | 'media' | 'junk';

const MEDIA_EXTENSIONS =
  /\.(jpe?g|png|gif|webp|heic|heif|mp4|mov|m4a|mp3|aac|ogg|opus|wav|webm|avi|pdf|bmp|svg|ico|srt|vtt)$/;

/** What an entry is, from its path alone. Media (and extension-less files, which Meta ships for media) is never read. */
export function classifyEntry(path: string): EntryClass {
  const key = matchKey(path);
  const name = key.slice(key.lastIndexOf('/') + 1);
  if (
    key.startsWith('__macosx/') ||
    key.includes('/__macosx/') ||
    name === '.ds_store' ||
    name === 'thumbs.db'
  ) {
    return 'junk';
  }
  if (name.startsWith('._')) return 'junk';
  if (name.endsWith('.json')) return 'json';
  if (name.endsWith('.html') || name.endsWith('.htm')) return 'html';
  if (name === 'no-data.txt') return 'no_data';
  if (name.endsWith('.txt') || name.endsWith('.css') || name.endsWith('.js')) return 'text_other';
  if (MEDIA_EXTENSIONS.test(name)) return 'media';
  return 'media';
}

/** The trailing number of `message_12.json` / `posts_3.json` (0 when none), so `_10` sorts after `_2`. */
export function fileNumber(path: string): number {
  const match = /_(\d+)\.[a-z]+$/i.exec(path);
  return match ? Number(match[1]) : 0;
}

/** Sorts paths by folder, then by trailing number, then by name: deterministic and numeric. */
export function comparePaths(a: string, b: string): number {
  const folderA = a.slice(0, a.lastIndexOf('/') + 1);
  const folderB = b.slice(0, b.lastIndexOf('/') + 1);
  if (folderA !== folderB) return folderA < folderB ? -1 : 1;
  const byNumber = fileNumber(a) - fileNumber(b);
  if (byNumber !== 0) return byNumber;
  return a < b ? -1 : a > b ? 1 : 0;
}

const THREAD_SECTION =
  /(^|\/)(inbox|message_requests|archived_threads|filtered_threads|e2ee_cutover|your_group_messages)\/[^/]+/;

/** A thread file straight under a folder named after the conversation (seen in donated catalogues). */
const THREAD_FILE = /(^|\/)(?!…\/)[^/]+\/((?:message|replies)_\d+\.[a-z]+)$/;

/**
 * The path with conversation folder names (which carry people's names) replaced, safe for warnings and
 * summaries that must not leak archive content.
 */
export function redactPath(path: string): string {
  return path
    .replace(THREAD_SECTION, (_whole, start: string, section: string) => `${start}${section}/…`)
    .replace(THREAD_FILE, '$1…/$2');
}
