import type { ItemKind } from '../../../model';
import { objects, recordsOf, str, type Json } from '../../shapes';
import { firstSeconds } from '../../time';
import { addOwnItem, blocksOrUnknown } from '../shared/emit';
import { suffix, type ExtractContext, type Extractor, type FileOutput } from '../types';

const MEDIA_KEYS = [
  'ig_archived_post_media',
  'ig_other_media',
  'ig_recently_deleted_media',
  'ig_igtv_media',
  'ig_reels_media',
  'ig_stories',
  'ig_profile_picture',
  'text_post_app_text_posts',
];
const FOLDER = '(?:your_instagram_activity/)?(?:media|content)/';

/**
 * A post's caption is its top-level `title` (multi-media posts) or `media[0].title` (single media); its time
 * is `creation_timestamp` at the top or in the first media (archive-format.md §0.8).
 */
function addMediaPost(record: Json, kind: ItemKind, out: FileOutput, ctx: ExtractContext): void {
  const media = objects(record.media);
  const first = media[0] ?? {};
  const caption = str(record.title) ?? str(first.title) ?? str(record.description) ?? str(first.description);
  addOwnItem(out, ctx, kind, caption, firstSeconds(record.creation_timestamp, first.creation_timestamp));
}

function mediaExtractor(id: string, kind: ItemKind, paths: RegExp[]): Extractor {
  return {
    id,
    platform: 'instagram',
    paths,
    json(doc, out, ctx) {
      const records = recordsOf(doc, MEDIA_KEYS);
      if (records.length === 0 && doc !== null && typeof doc === 'object' && Object.keys(doc).length > 0) {
        out.unknownShape = true;
      }
      for (const record of records) addMediaPost(record, kind, out, ctx);
    },
    html(page, out, ctx) {
      for (const block of blocksOrUnknown(page, out))
        addOwnItem(out, ctx, kind, block.text ?? block.heading, block.time);
    },
  };
}

export const instagramPosts = mediaExtractor('instagram.posts', 'post', [
  suffix(
    `${FOLDER}(?:posts(?:_\\d+)?|archived_posts|other_content|recently_deleted_content|igtv_videos)\\.(?:json|html)`,
  ),
]);
export const instagramReels = mediaExtractor('instagram.reels', 'reel', [
  suffix(`${FOLDER}reels\\.(?:json|html)`),
]);
export const instagramStories = mediaExtractor('instagram.stories', 'story', [
  suffix(`${FOLDER}stories\\.(?:json|html)`),
]);
export const instagramThreadsPosts = mediaExtractor('instagram.threads_posts', 'threads_post', [
  suffix('threads/threads_and_replies\\.(?:json|html)'),
]);
/** Profile photos carry no text; registered so they count as read, not as unknown files. */
export const instagramProfilePhotos = mediaExtractor('instagram.profile_photos', 'post', [
  suffix(`${FOLDER}profile_photos\\.(?:json|html)`),
]);
