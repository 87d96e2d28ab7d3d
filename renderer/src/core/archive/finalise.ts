import { RECORD_VERSION, type ArchiveId, type Exposure, type Item, type Platform } from '../model';
import type { ExposureDraft, ItemDraft } from './extractors/types';
import { exposureIdFor, itemIdFor } from './ids';
import { findLinks } from './links';

/** Gives a draft its stable id, archive, platform, links and source path. */
export function finaliseItem(
  draft: ItemDraft,
  archiveId: ArchiveId,
  platform: Platform,
  sourcePath: string,
): Item {
  return {
    v: RECORD_VERSION,
    id: itemIdFor({
      platform,
      kind: draft.kind,
      conversation: draft.conversation,
      author: draft.author,
      timestamp: draft.timestamp,
      text: draft.text,
    }),
    archiveId,
    platform,
    kind: draft.kind,
    direction: draft.direction,
    author: draft.author,
    conversation: draft.conversation,
    timestamp: draft.timestamp,
    text: draft.text,
    links: findLinks(draft.text, draft.extraLinks ?? []),
    sourcePath,
  };
}

export function finaliseExposure(
  draft: ExposureDraft,
  archiveId: ArchiveId,
  platform: Platform,
  sourcePath: string,
): Exposure {
  return {
    v: RECORD_VERSION,
    id: exposureIdFor({
      platform,
      kind: draft.kind,
      label: draft.label,
      account: draft.account,
      url: draft.url,
      timestamp: draft.timestamp,
    }),
    archiveId,
    platform,
    kind: draft.kind,
    label: draft.label,
    account: draft.account,
    url: draft.url,
    timestamp: draft.timestamp,
    sourcePath,
  };
}
