import type { Transaction } from 'dexie';

/**
 * One step of the schema. Append-only: never edit or remove a published version, because databases
 * created by it may still exist on someone's machine and are upgraded by replaying every later step.
 */
export interface SchemaVersion {
  readonly version: number;
  /** Dexie store specs: primary key first, then indexes; `null` deletes a table. */
  readonly stores: Readonly<Record<string, string | null>>;
  /** Data migration run inside the (atomic) versionchange transaction. */
  readonly upgrade?: (tx: Transaction) => Promise<void>;
}

const VERSION_1: SchemaVersion = {
  version: 1,
  stores: {
    archives: 'id, platform, status, importedAt',
    items: 'id, archiveId, [archiveId+kind], timestamp, direction, kind, author, conversation',
    exposures: 'id, archiveId, [archiveId+kind], kind, timestamp, account',
    scores: '[itemId+modelId], itemId, modelId',
    reviews: 'itemId, verdict',
    runs: 'id, type, status, archiveId, modelId',
    settings: 'key',
  },
};

/**
 * Version 2: scores and reviews carry their item's archive (deleting an archive becomes one indexed
 * delete), scores are indexed by language, and a `pending` queue lists what each model has yet to score.
 */
const VERSION_2: SchemaVersion = {
  version: 2,
  stores: {
    scores: '[itemId+modelId], itemId, modelId, archiveId, [modelId+language]',
    reviews: 'itemId, verdict, archiveId',
    pending: '[modelId+itemId], [modelId+textLength+itemId], itemId, archiveId',
  },
  upgrade: copyArchiveIdIntoScoresAndReviews,
};

async function copyArchiveIdIntoScoresAndReviews(tx: Transaction): Promise<void> {
  const archiveOfItem = new Map<string, string>();
  await tx
    .table<{ id: string; archiveId: string }>('items')
    .each((item) => archiveOfItem.set(item.id, item.archiveId));
  for (const tableName of ['scores', 'reviews']) {
    await tx
      .table<{ itemId: string; archiveId?: string }>(tableName)
      .toCollection()
      .modify((row, context) => {
        const archiveId = archiveOfItem.get(row.itemId);
        // A score or review whose item is gone is an orphan: drop it rather than carry it forward.
        if (archiveId === undefined) delete (context as { value?: unknown }).value;
        else row.archiveId = archiveId;
      });
  }
}

/** Every schema version ever published, oldest first. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [VERSION_1, VERSION_2];

export const CURRENT_SCHEMA_VERSION = VERSION_2.version;
