import Dexie, { type Collection, type DexieOptions, type Table } from 'dexie';
import type { ArchiveId, Exposure, ExposureId, ItemId } from '@core/model';
import type {
  ArchiveRecord,
  Item,
  ItemFactsRow,
  RunRecord,
  ScoreFactsRow,
  SettingRow,
  StoredReview,
  StoredScore,
} from './records';
import { rowsAfter } from './pages';
import { SCHEMA_VERSIONS, type SchemaVersion } from './versions';

export const DEFAULT_DB_NAME = 'loupe';

/** The database a restore fills and checks before it replaces the real one. */
export const restoreStagingName = (name: string): string => `${name}-restore`;

/** Raised inside a failed schema upgrade so that callers can tell it from other open errors. */
export class UpgradeFailure extends Error {
  override readonly name = 'UpgradeFailure';
  constructor(
    readonly version: number,
    cause: unknown,
  ) {
    super(`upgrade to schema version ${version} failed`, { cause });
  }
}

export class LoupeDb extends Dexie {
  declare archives: Table<ArchiveRecord, ArchiveId>;
  declare items: Table<Item, ItemId>;
  declare exposures: Table<Exposure, ExposureId>;
  declare scores: Table<StoredScore, [ItemId, string]>;
  declare reviews: Table<StoredReview, ItemId>;
  declare runs: Table<RunRecord, string>;
  declare settings: Table<SettingRow, string>;
  declare itemFacts: Table<ItemFactsRow, number>;
  declare scoreFacts: Table<ScoreFactsRow, number>;

  /** Set when another window upgraded or deleted the database: this connection must not be reopened. */
  versionChanged = false;

  constructor(
    name: string = DEFAULT_DB_NAME,
    versions: readonly SchemaVersion[] = SCHEMA_VERSIONS,
    options: DexieOptions = {},
  ) {
    super(name, options);
    for (const step of versions) {
      const version = this.version(step.version).stores(step.stores);
      const upgrade = step.upgrade;
      if (upgrade) {
        version.upgrade(async (tx) => {
          try {
            await upgrade(tx);
          } catch (error) {
            throw new UpgradeFailure(step.version, error);
          }
        });
      }
    }
  }
}

/** Every table, for transactions that must span the whole database. */
export function allTables(db: LoupeDb): Table[] {
  return [
    db.archives,
    db.items,
    db.exposures,
    db.scores,
    db.reviews,
    db.runs,
    db.settings,
    db.itemFacts,
    db.scoreFacts,
  ];
}

/** Every model's scores of these items, by primary-key ranges ([itemId+modelId] starts with the item). */
export function scoresOfItems(
  db: LoupeDb,
  itemIds: readonly ItemId[],
): Collection<StoredScore, [ItemId, string]> {
  return db.scores.where('[itemId+modelId]').inAnyRange(
    itemIds.map((id) => [
      [id, Dexie.minKey],
      [id, Dexie.maxKey],
    ]),
  );
}

/** Items in id order, after `after` (from the first when null or omitted): the items' one index. */
export const itemsAfter = (db: LoupeDb, after?: ItemId | null): Collection<Item, ItemId> =>
  rowsAfter(db.items, after);
