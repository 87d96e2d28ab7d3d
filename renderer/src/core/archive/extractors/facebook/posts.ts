import type { ItemKind } from '../../../model';
import { labelValues, objects, recordsOf, recordTime, str, type Json, isEmptyShape } from '../../shapes';
import { firstSeconds } from '../../time';
import { addItem, addOwnItem, blocksOrUnknown } from '../shared/emit';
import { suffix, type ExtractContext, type Extractor, type FileOutput } from '../types';
import { v2Parts } from './v2';

const ACT = '(?:your_facebook_activity/|your_activity_across_facebook/)?';
const EXT = '\\.(?:json|html)';

function addV2Post(record: Json, kind: ItemKind, out: FileOutput, ctx: ExtractContext): void {
  const parts = v2Parts(record);
  const text = [...parts.posts, ...parts.captions].join('\n\n');
  const time =
    recordTime(record) ?? firstSeconds(...objects(record.data).map((data) => data.update_timestamp));
  addOwnItem(out, ctx, kind, text, time, { extraLinks: parts.links.map((link) => link.url) });
}

function v2Extractor(id: string, kind: ItemKind, paths: RegExp[], keys: string[]): Extractor {
  return {
    id,
    platform: 'facebook',
    paths,
    json(doc, out, ctx) {
      const records = recordsOf(doc, keys);
      if (records.length === 0 && !isEmptyShape(doc)) out.unknownShape = true;
      for (const record of records) {
        if (Array.isArray(record.label_values)) addLabelValuesPost(record, kind, out, ctx);
        else addV2Post(record, kind, out, ctx);
      }
    },
    html(page, out, ctx) {
      for (const block of blocksOrUnknown(page, out)) addOwnItem(out, ctx, kind, block.text, block.time);
    },
  };
}

/**
 * FB-3 `label_values` posts, edits and contributions: labels are unverified (archive-format.md §14), so the
 * text is the longest value that is not a URL or a date.
 */
function addLabelValuesPost(record: Json, kind: ItemKind, out: FileOutput, ctx: ExtractContext): void {
  const values = labelValues(record).filter(
    (value) =>
      value.value !== null &&
      value.href === null &&
      !/^https?:\/\//i.test(value.value) &&
      value.field !== 'time',
  );
  const preferred = values.find((value) => value.field === 'text' || value.field === 'caption');
  const text = preferred?.value ?? values.map((value) => value.value!).sort((a, b) => b.length - a.length)[0];
  const links = labelValues(record).map(
    (value) => value.href ?? (value.field === 'url' ? value.value : null),
  );
  addOwnItem(out, ctx, kind, text ?? null, recordTime(record), { extraLinks: links });
}

export const facebookPosts = v2Extractor(
  'facebook.posts',
  'post',
  [
    suffix(
      `posts/(?:your_posts__check_ins__photos_and_videos|your_posts)(?:_\\d+)?${EXT}`,
      `posts/trash${EXT}`,
    ),
  ],
  ['status_updates_v2', 'trash_v2'],
);

/** Posts the owner made on other people's pages and profiles (FB-3 `label_values`). */
export const facebookPostsElsewhere = v2Extractor(
  'facebook.posts_elsewhere',
  'timeline_post',
  [suffix(`posts/posts_on_other_pages_and_profiles${EXT}`)],
  [],
);

export const facebookPostEdits = v2Extractor(
  'facebook.post_edits',
  'post',
  [suffix(`posts/edits_you_made_to_posts${EXT}`)],
  [],
);

export const facebookReels = v2Extractor(
  'facebook.reels',
  'reel',
  [suffix(`${ACT}reels/your_reels${EXT}`)],
  ['lasso_videos_v2'],
);

export const facebookStories = v2Extractor(
  'facebook.stories',
  'story',
  [suffix(`stories/archived_stories${EXT}`)],
  ['archived_stories_v2'],
);

const TIMELINE_AUTHOR = [
  /^(.+?) (?:wrote on|posted on|shared .+ (?:on|to)) your timeline/i,
  /^(.+?) a (?:écrit|publié|partagé) .*sur votre journal/i,
];

/** Posts by others on the owner's timeline (FB-0 `wall_posts_sent_to_you`). */
export const facebookTimeline: Extractor = {
  id: 'facebook.timeline',
  platform: 'facebook',
  paths: [suffix(`posts/other_people_s_posts_to_your_timeline${EXT}`)],
  json(doc, out, ctx) {
    const records = recordsOf(doc, ['wall_posts_sent_to_you', 'activity_log_data']);
    if (records.length === 0 && !isEmptyShape(doc)) out.unknownShape = true;
    for (const record of records) {
      const title = str(record.title) ?? '';
      const author = TIMELINE_AUTHOR.map((pattern) => pattern.exec(title)?.[1]).find(Boolean) ?? null;
      const parts = v2Parts(record);
      addItem(out, {
        kind: 'timeline_post',
        direction: ctx.owner.isOwner(author) ? 'authored' : 'received',
        author,
        timestamp: recordTime(record),
        text: [...parts.posts, ...parts.captions].join('\n\n'),
        extraLinks: parts.links.map((link) => link.url),
      });
    }
  },
  html(page, out, ctx) {
    for (const block of blocksOrUnknown(page, out)) {
      const author =
        TIMELINE_AUTHOR.map((pattern) => pattern.exec(block.heading ?? '')?.[1]).find(Boolean) ?? null;
      addItem(out, {
        kind: 'timeline_post',
        direction: ctx.owner.isOwner(author) ? 'authored' : 'received',
        author,
        timestamp: block.time,
        text: block.text,
      });
    }
  },
};

/** Videos, uncategorised photos and albums: their captions (`description`). */
export const facebookMedia: Extractor = {
  id: 'facebook.media',
  platform: 'facebook',
  paths: [suffix(`posts/(?:your_videos|your_uncategorized_photos|album/\\d+)${EXT}`)],
  json(doc, out, ctx) {
    const records = recordsOf(doc, ['videos_v2', 'other_photos_v2', 'photos']);
    if (records.length === 0 && !isEmptyShape(doc)) out.unknownShape = true;
    const album = recordsOf(doc, ['photos']).length > 0 && !Array.isArray(doc) ? (doc as Json) : null;
    if (album) addOwnItem(out, ctx, 'post', str(album.description), fromAlbum(album));
    for (const media of records) addOwnItem(out, ctx, 'post', str(media.description), recordTime(media));
  },
  html(page, out, ctx) {
    for (const block of blocksOrUnknown(page, out)) addOwnItem(out, ctx, 'post', block.text, block.time);
  },
};

const fromAlbum = (album: Json) => firstSeconds(album.last_modified_timestamp);
