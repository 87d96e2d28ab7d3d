import type { ArchiveId, EpochMs, Item, ItemId, Platform, Review, Score } from '@core/model';

/**
 * Where an archive's import stands. `interrupted`: its import stopped with the app (a reload, a crash) and
 * needs the same files again; what was written is kept.
 */
export type ArchiveStatus = 'importing' | 'complete' | 'failed' | 'interrupted';

/** The file format of the export the archive came from. */
export type ArchiveFormat = 'json' | 'html' | 'mixed';

/** An item's id and date, as kept in its archive's `newestItems`. */
export type NewestItem = readonly [ItemId, EpochMs];

export interface DateRange {
  readonly from: EpochMs;
  readonly to: EpochMs;
}

/** One imported "Download your information" export (possibly several ZIP parts). */
export interface ArchiveRecord {
  readonly id: ArchiveId;
  readonly platform: Platform;
  readonly format: ArchiveFormat;
  /** Names of the ZIP parts or folders the archive was read from. */
  readonly sourceFiles: readonly string[];
  readonly importedAt: EpochMs;
  /** Earliest and latest timestamp among its items and exposures; null until one is written. */
  readonly dateRange: DateRange | null;
  readonly counts: { readonly items: number; readonly exposures: number };
  /**
   * Its newest dated items, newest first (at most NEWEST_KEPT): what the Items page paints before every item
   * is read, since items have no timestamp index. Absent in records written before schema version 6.
   */
  readonly newestItems?: readonly NewestItem[];
  readonly status: ArchiveStatus;
  /** The archive owner's display name, when the export names it. */
  readonly ownerName: string | null;
  /** Why the import failed, when status is `failed`. */
  readonly error: string | null;
}

export type RunType = 'import' | 'classification';
/** `interrupted`: an import whose worker is gone (see run-locks.ts); importing the same files again resumes it. */
export type RunStatus = 'queued' | 'running' | 'paused' | 'cancelled' | 'done' | 'failed' | 'interrupted';
export const ACTIVE_RUN_STATUSES: readonly RunStatus[] = ['queued', 'running', 'paused'];

export type JsonValue =
  string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** A long-running job whose state lives in the database so that a reload resumes it. */
export interface RunRecord {
  /** `import:<archiveId>` or `classification:<modelId>`: one run per archive or model. */
  readonly id: string;
  readonly type: RunType;
  readonly archiveId: ArchiveId | null;
  readonly modelId: string | null;
  readonly status: RunStatus;
  readonly done: number;
  readonly total: number;
  readonly startedAt: EpochMs;
  readonly updatedAt: EpochMs;
  /** Free for the worker that owns the run (e.g. the next ZIP entry to read). */
  readonly cursor: JsonValue;
  /** Classification only: where the scan for unscored items stands (see queue.ts). */
  readonly queuePosition: QueuePosition | null;
  /** Why the run failed, when status is `failed`. */
  readonly error: string | null;
}

/** A score as stored: the item's archive is copied in so that deleting an archive is one indexed delete. */
export interface StoredScore extends Score {
  readonly archiveId: ArchiveId;
}

export interface StoredReview extends Review {
  readonly archiveId: ArchiveId;
}

/** A position in the items' id order. */
export interface QueueCursor {
  readonly itemId: ItemId;
}

/** Where a classification run's scan stands: after `after` (the start when null) in the current pass. */
export interface QueuePosition {
  readonly after: QueueCursor | null;
  /** Whether this pass has handed out any item; a pass that ends having found none ends the run. */
  readonly foundInPass: boolean;
}

/**
 * The items of one write (an import chunk), column by column, with every field the report reads and no text.
 * Reading 100,000 items back as rows takes about a second in Chromium; as a few dozen of these, a tenth of
 * that. Derived from `items` and kept in the same transactions: see report-facts.ts.
 *
 * Repeated strings (archive ids, platforms, kinds, directions, authors, conversations) are stored once per row
 * in `strings` and the columns hold their index there (-1: null). Reading back a string per item and field,
 * and an empty link list per item, was most of the cost of reading the copy.
 */
export interface ItemFactsRow {
  /** Write order: where an id appears in several rows, the latest row is the item as stored. */
  readonly seq?: number;
  readonly ids: readonly ItemId[];
  readonly strings: readonly string[];
  readonly archiveIds: Int32Array;
  readonly platforms: Int32Array;
  readonly kinds: Int32Array;
  readonly directions: Int32Array;
  readonly authors: Int32Array;
  readonly conversations: Int32Array;
  /** NaN where an item has no date. */
  readonly timestamps: Float64Array;
  /** The items that have links (their index in `ids`), and their links. */
  readonly linked: Int32Array;
  readonly links: readonly (readonly string[])[];
}

/** One model's scores of one write (a classification batch), column by column: see ItemFactsRow. */
export interface ScoreFactsRow {
  readonly seq?: number;
  readonly modelId: string;
  readonly itemIds: readonly ItemId[];
  readonly strings: readonly string[];
  readonly languages: Int32Array;
  readonly statuses: Int32Array;
  /** LABELS.length values per score, in LABELS order; NaN where a score has none. */
  readonly values: Float64Array;
}

export interface SettingRow {
  readonly key: string;
  readonly value: unknown;
}

export type { Item };
