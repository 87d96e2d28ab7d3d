import type { ArchiveId, EpochMs, ExposureId, ItemId } from './ids';

/** Version of the Item/Exposure shapes; bump on any incompatible change. */
export const RECORD_VERSION = 1;

export type Platform = 'instagram' | 'facebook';

export const ITEM_KINDS = [
  'post',
  'story',
  'reel',
  'comment',
  'message',
  'timeline_post',
  'group_post',
  'group_comment',
  'note',
  'threads_post',
  'story_reply',
  'shared_post',
  'search',
  'other',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** `authored` by the archive owner, `received` from someone else, `seen` in the feed. */
export type Direction = 'authored' | 'received' | 'seen';

/** A piece of text that someone wrote, found in the archive. */
export interface Item {
  readonly v: typeof RECORD_VERSION;
  readonly id: ItemId;
  readonly archiveId: ArchiveId;
  readonly platform: Platform;
  readonly kind: ItemKind;
  readonly direction: Direction;
  readonly author: string | null;
  readonly conversation: string | null;
  readonly timestamp: EpochMs | null;
  readonly text: string;
  readonly links: readonly string[];
  readonly sourcePath: string;
}

/** What the report functions read of an item: everything but its text and where it was found. */
export type ReportItem = Omit<Item, 'v' | 'text' | 'sourcePath'>;

export const EXPOSURE_KINDS = [
  'liked',
  'saved',
  'viewed',
  'followed',
  'follower',
  'ad_viewed',
  'ad_interest',
  'advertiser',
  'topic',
  'search',
  'off_platform',
  'group',
] as const;
export type ExposureKind = (typeof EXPOSURE_KINDS)[number];

/** Something the archive owner saw, followed, liked, saved or was targeted with. */
export interface Exposure {
  readonly v: typeof RECORD_VERSION;
  readonly id: ExposureId;
  readonly archiveId: ArchiveId;
  readonly platform: Platform;
  readonly kind: ExposureKind;
  /** Human-readable text: a topic, an ad interest, a page title, a caption, a search term. */
  readonly label: string | null;
  /** The account or page involved (handle or display name). */
  readonly account: string | null;
  readonly url: string | null;
  readonly timestamp: EpochMs | null;
  readonly sourcePath: string;
}
