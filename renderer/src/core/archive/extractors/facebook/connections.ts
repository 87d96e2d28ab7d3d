import type { ExposureKind } from '../../../model';
import { labelGroups, objects, recordsOf, recordTime, str, isEmptyShape, type Json } from '../../shapes';
import { fieldOfLabel, firstCapture, PHRASES } from '../../labels';
import { fromSeconds } from '../../time';
import { addExposure } from '../shared/emit';
import { suffix, type Extractor, type FileOutput } from '../types';
import { v2Parts } from './v2';

const EXT = '\\.(?:json|html)';
const isUrl = (value: string) => /^https?:\/\//i.test(value);

/**
 * FB-3 `label_values` lists of names (labels unverified): each nested dict, else the item's own scalars, is one
 * page or profile, named by its Name/Username/Title value or its first plain value.
 */
function addLabelEntities(record: Json, kind: ExposureKind, out: FileOutput): void {
  const groups = labelGroups(record);
  if (groups.length === 0)
    groups.push(
      objects(record.label_values).filter((entry) => 'value' in entry || 'timestamp_value' in entry),
    );
  // With several entities, another entity's time must not stand in for a missing one.
  const recordWide = groups.length > 1 ? fromSeconds(record.timestamp) : recordTime(record);
  for (const scalars of groups) {
    const values = scalars.map((entry) => ({
      field: fieldOfLabel(str(entry.label) ?? ''),
      value: str(entry.value),
      href: str(entry.href),
    }));
    const named = values.find(
      (entry) => entry.value !== null && ['name', 'username', 'title'].includes(entry.field ?? ''),
    );
    const name = named?.value ?? values.find((entry) => entry.value !== null && !isUrl(entry.value))?.value;
    const url =
      values.find((entry) => entry.href !== null)?.href ??
      values.find((entry) => entry.value !== null && isUrl(entry.value))?.value ??
      null;
    const time = scalars.map((entry) => fromSeconds(entry.timestamp_value)).find((t) => t !== null);
    addExposure(out, { kind, account: name ?? null, url, timestamp: time ?? recordWide });
  }
}

function namedExtractor(id: string, kind: ExposureKind, paths: RegExp[], keys: string[]): Extractor {
  return {
    id,
    platform: 'facebook',
    paths,
    json(doc, out) {
      const records = recordsOf(doc, keys);
      if (records.length === 0 && !isEmptyShape(doc)) out.unknownShape = true;
      for (const record of records) {
        if (Array.isArray(record.label_values)) {
          addLabelEntities(record, kind, out);
          continue;
        }
        const title = str(record.title);
        const name =
          str(record.name) ??
          v2Parts(record).names[0] ??
          (kind === 'group' ? firstCapture(PHRASES.groupJoined, title) : null) ??
          title;
        addExposure(out, {
          kind,
          account: name,
          url: str(record.url) ?? str(record.uri),
          timestamp: recordTime(record),
        });
      }
    },
    html(page, out) {
      if (page.blocks.length === 0) out.unknownShape = true;
      for (const block of page.blocks) {
        const sentence = block.heading ?? block.text;
        const group = kind === 'group' ? firstCapture(PHRASES.groupJoined, sentence) : null;
        addExposure(out, {
          kind,
          account: group ?? sentence,
          url: block.links[0] ?? null,
          timestamp: block.time,
        });
      }
    },
  };
}

export const facebookPagesLiked = namedExtractor(
  'facebook.pages_liked',
  'liked',
  [suffix(`pages/pages_you_ve_liked${EXT}`)],
  ['page_likes_v2', 'page_likes'],
);

export const facebookFollowing = namedExtractor(
  'facebook.following',
  'followed',
  [
    suffix(
      `pages/pages_and_profiles_you_follow${EXT}`,
      `followers/who_you_ve_followed${EXT}`,
      `other_activity/your_recently_followed_history${EXT}`,
      `following/following${EXT}`,
    ),
  ],
  ['pages_followed_v2', 'following_v3', 'following_v2', 'following'],
);

/**
 * Friends (`friends_v2: [{name, timestamp}]`): on Facebook a friend's posts reach the feed as a followed
 * profile's do, so each friend is a `followed` exposure. Removed friends and requests are not read.
 */
export const facebookFriends = namedExtractor(
  'facebook.friends',
  'followed',
  [suffix(`friends/your_friends${EXT}`, `friends_and_followers/friends${EXT}`, `friends/friends${EXT}`)],
  ['friends_v2', 'friends'],
);

export const facebookGroupsJoined = namedExtractor(
  'facebook.groups_joined',
  'group',
  [suffix(`groups/your_group_membership_activity${EXT}`)],
  ['groups_joined_v2'],
);
