import type { ExposureKind } from '../../../model';
import { recordsOf, recordTime, str, isEmptyShape } from '../../shapes';
import { firstCapture, PHRASES } from '../../labels';
import { addExposure } from '../shared/emit';
import { suffix, type Extractor } from '../types';
import { v2Parts } from './v2';

const EXT = '\\.(?:json|html)';

function namedExtractor(id: string, kind: ExposureKind, paths: RegExp[], keys: string[]): Extractor {
  return {
    id,
    platform: 'facebook',
    paths,
    json(doc, out) {
      const records = recordsOf(doc, keys);
      if (records.length === 0 && !isEmptyShape(doc)) out.unknownShape = true;
      for (const record of records) {
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
