import {
  LABELS,
  asArchiveId,
  asEpochMs,
  asExposureId,
  asItemId,
  type ArchiveId,
  type Exposure,
  type Item,
  type Label,
  type Score,
} from '@core/model';
import { beginArchiveImport, openLoupeDb, type LoupeDb, type OpenOptions } from '../../../renderer/src/db';

let counter = 0;

/** A fresh database name per test, so tests never see each other's data. */
export const uniqueDbName = (): string => `loupe-test-${process.pid}-${++counter}`;

export function openTestDb(options: OpenOptions = {}): Promise<LoupeDb> {
  return openLoupeDb({ name: uniqueDbName(), ...options });
}

export const ARCHIVE_A: ArchiveId = asArchiveId('archive-a');
export const ARCHIVE_B: ArchiveId = asArchiveId('archive-b');

export function makeItem(archiveId: ArchiveId, index: number, text = `text ${index}`): Item {
  return {
    v: 1,
    id: asItemId(`${archiveId}/item-${String(index).padStart(6, '0')}`),
    archiveId,
    platform: 'instagram',
    kind: index % 2 === 0 ? 'comment' : 'message',
    direction: index % 3 === 0 ? 'authored' : 'received',
    author: `person ${index % 7}`,
    conversation: index % 2 === 0 ? null : `conversation ${index % 5}`,
    timestamp: asEpochMs(1_600_000_000_000 + index * 60_000),
    text,
    links: [],
    sourcePath: 'your_instagram_activity/comments/post_comments_1.json',
  };
}

export function makeItems(archiveId: ArchiveId, from: number, count: number): Item[] {
  return Array.from({ length: count }, (_, offset) => makeItem(archiveId, from + offset));
}

export function makeExposure(archiveId: ArchiveId, index: number): Exposure {
  return {
    v: 1,
    id: asExposureId(`${archiveId}/exposure-${index}`),
    archiveId,
    platform: 'instagram',
    kind: 'ad_interest',
    label: `interest ${index}`,
    account: null,
    url: null,
    timestamp: asEpochMs(1_500_000_000_000 + index * 1_000),
    sourcePath: 'ads_information/ads_and_topics/ads_interests.json',
  };
}

export function makeScore(item: Item, modelId: string, value = 0.3): Score {
  const scores = Object.fromEntries(LABELS.map((label) => [label, value])) as Record<Label, number>;
  return { itemId: item.id, modelId, language: 'en', status: 'scored', scores };
}

/** An archive row ready to receive chunks. */
export async function beginArchive(db: LoupeDb, archiveId: ArchiveId): Promise<void> {
  await beginArchiveImport(db, {
    id: archiveId,
    platform: 'instagram',
    format: 'json',
    sourceFiles: [`${archiveId}.zip`],
    ownerName: 'Test Owner',
  });
}
