import type { Platform } from '../model';
import { classifyEntry, matchKey } from './paths';

export type ArchiveFormat = 'json' | 'html';

/** One profile's sub-tree of an export; an Accounts Center download can hold two. */
export interface DetectedProfile {
  /** Path prefix of the sub-tree (wrapper folders), '' at the archive root. */
  readonly root: string;
  readonly platform: Platform;
  /** Set when the sub-tree also holds the other platform's files (combined Accounts Center exports). */
  readonly alsoPlatform: Platform | null;
  readonly format: ArchiveFormat;
  /** Layout generation (archive-format.md §3): IG-0..IG-3, FB-0/1..FB-3. Informational. */
  readonly generation: string;
}

const IG_MARKERS = [
  /^your_instagram_activity\//,
  /^(connections\/)?followers_and_following\//,
  /^personal_information\/personal_information\/(instagram_profile_information|personal_information)\./,
  /^content\/posts(_\d+)?\./,
  /^likes\/liked_posts\./,
  /^ads_information\/instagram_ads_and_businesses\//,
  /^apps_and_websites_off_of_instagram\//,
  /^story_sticker_interactions\//,
  /^recent_searches\//,
  /^ads_and_topics\//,
  /^information_about_you\//,
  /^media\.json$/,
];
const FB_MARKERS = [
  /^your_facebook_activity\//,
  /^your_activity_across_facebook\//,
  /^friends_and_followers\//,
  /^connections\/(friends|followers)\//,
  /^posts\/your_posts(_\d+)?\./,
  /^posts\/other_people_s_posts/,
  /^(personal_information\/)?profile_information\/profile_information\./,
  /^apps_and_websites_off_of_facebook\//,
  /^comments_and_reactions\//,
  /^(logged_information\/)?your_interactions_on_facebook\//,
  /^logged_information\/(interactions|search|notifications)\//,
  /^facebook_gaming\//,
];

/** Folder names that start an export's category tree in some generation; anything above them is a wrapper. */
const CATEGORY_FOLDERS = new Set([
  'your_instagram_activity',
  'your_facebook_activity',
  'your_activity_across_facebook',
  'connections',
  'ads_information',
  'apps_and_websites_off_of_instagram',
  'apps_and_websites_off_of_facebook',
  'logged_information',
  'personal_information',
  'preferences',
  'security_and_login_information',
  'content',
  'comments',
  'likes',
  'saved',
  'messages',
  'ads_and_topics',
  'your_topics',
  'followers_and_following',
  'recent_searches',
  'story_sticker_interactions',
  'information_about_you',
  'login_and_account_creation',
  'device_information',
  'posts',
  'comments_and_reactions',
  'friends_and_followers',
  'groups',
  'pages',
  'events',
  'search',
  'your_interactions_on_facebook',
  'profile_information',
  'stories',
  'saved_items_and_collections',
  'facebook_gaming',
  'photos_and_videos',
  'friends',
  'likes_and_reactions',
  'media',
  'files',
  'other_activity',
  'facebook_marketplace',
  'facebook_payments',
]);
const ROOT_FILES = new Set(['start_here.html', 'index.html', 'media.json', 'profile.json']);

/** The wrapper prefix of a path: everything before its first category folder ('' when none). */
export function profileRootOf(path: string): string | null {
  const segments = path.split('/');
  for (let i = 0; i < segments.length - 1; i++) {
    if (CATEGORY_FOLDERS.has(matchKey(segments[i]!)))
      return segments
        .slice(0, i)
        .map((s) => s + '/')
        .join('');
  }
  const name = matchKey(segments[segments.length - 1]!);
  if (ROOT_FILES.has(name))
    return segments
      .slice(0, -1)
      .map((s) => s + '/')
      .join('');
  return null;
}

export const isInstagramPath = (relKey: string): boolean => IG_MARKERS.some((marker) => marker.test(relKey));
export const isFacebookPath = (relKey: string): boolean => FB_MARKERS.some((marker) => marker.test(relKey));

function generationOf(platform: Platform, relKeys: readonly string[]): string {
  const has = (pattern: RegExp) => relKeys.some((key) => pattern.test(key));
  if (platform === 'instagram') {
    if (has(/^your_instagram_activity\/(media\/[a-z_]+\.json|story_interactions\/)/)) return 'IG-3';
    if (has(/^your_instagram_activity\//)) return 'IG-2';
    if (has(/^media\.json$/)) return 'IG-0';
    return 'IG-1';
  }
  if (has(/^your_facebook_activity\//)) return 'FB-3';
  if (has(/^your_activity_across_facebook\//)) return 'FB-2';
  return 'FB-0/1';
}

/** Finds the Instagram and Facebook sub-trees of an archive from its entry paths. */
export function detectProfiles(paths: readonly string[]): DetectedProfile[] {
  const byRoot = new Map<string, string[]>();
  for (const path of paths) {
    const root = profileRootOf(path);
    if (root === null) continue;
    let list = byRoot.get(root);
    if (!list) byRoot.set(root, (list = []));
    list.push(matchKey(path.slice(root.length)));
  }
  const profiles: DetectedProfile[] = [];
  for (const [root, relKeys] of [...byRoot].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const instagram = relKeys.filter(isInstagramPath).length;
    const facebook = relKeys.filter(isFacebookPath).length;
    if (instagram === 0 && facebook === 0) continue;
    const platform: Platform = instagram >= facebook ? 'instagram' : 'facebook';
    const other: Platform = platform === 'instagram' ? 'facebook' : 'instagram';
    const json = relKeys.filter((key) => classifyEntry(key) === 'json').length;
    const html = relKeys.filter((key) => classifyEntry(key) === 'html').length;
    profiles.push({
      root,
      platform,
      alsoPlatform: instagram > 0 && facebook > 0 ? other : null,
      format: json >= html ? 'json' : 'html',
      generation: generationOf(platform, relKeys),
    });
  }
  return profiles;
}

/** Which platform's extractors read an entry of a profile. */
export function platformOfEntry(profile: DetectedProfile, relKey: string): Platform {
  if (profile.alsoPlatform === null) return profile.platform;
  if (isInstagramPath(relKey)) return 'instagram';
  if (isFacebookPath(relKey)) return 'facebook';
  return profile.platform;
}

/** Top-level names with counts, for the "no Instagram or Facebook files found" error. */
export function describeContents(paths: readonly string[], max = 8): string {
  const counts = new Map<string, number>();
  for (const path of paths) {
    const head = path.includes('/') ? path.slice(0, path.indexOf('/') + 1) : path;
    counts.set(head, (counts.get(head) ?? 0) + 1);
  }
  const names = [...counts].sort((a, b) => b[1] - a[1]).slice(0, max);
  // Language-neutral (×N, +N) because the interface words the rest of the message in the user's language.
  const listed = names.map(([name, count]) => (count > 1 ? `${name} ×${count}` : name)).join(', ');
  return counts.size > max ? `${listed}, +${counts.size - max}` : listed || '∅';
}
