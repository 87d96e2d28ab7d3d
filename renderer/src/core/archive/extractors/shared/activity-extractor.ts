import type { ExposureKind, ItemKind, Platform } from '../../../model';
import { recordsOf, isEmptyShape } from '../../shapes';
import { addExposure, addItem } from './emit';
import { readActivity, recordFromBlock, type Activity } from './activity';
import type { ExtractContext, Extractor, FileOutput } from '../types';

export interface ActivitySpec {
  readonly id: string;
  readonly platform: Platform;
  readonly paths: readonly RegExp[];
  /** Wrapper keys the records may sit under (`likes_media_likes`...); other dialects are sniffed. */
  readonly keys?: readonly string[];
  readonly kind: ExposureKind | ((ctx: ExtractContext) => ExposureKind);
  /** When the record carries someone else's text (a caption), also emit it as a `seen` item of this kind. */
  readonly seenItem?: ItemKind;
  /** Searches: the term is the label even when it sits where other files keep an account. */
  readonly termIsLabel?: boolean;
  /** Searches the owner typed become `search` items too. */
  readonly ownItem?: ItemKind;
}

function emit(activity: Activity, spec: ActivitySpec, out: FileOutput, ctx: ExtractContext): void {
  const kind = typeof spec.kind === 'function' ? spec.kind(ctx) : spec.kind;
  const term = spec.termIsLabel ? (activity.text ?? activity.account) : activity.text;
  addExposure(out, {
    kind,
    label: term,
    account: spec.termIsLabel ? null : activity.account,
    url: activity.url,
    timestamp: activity.timestamp,
  });
  if (spec.seenItem && activity.text) {
    addItem(out, {
      kind: spec.seenItem,
      direction: 'seen',
      author: activity.account,
      timestamp: activity.timestamp,
      text: activity.text,
      extraLinks: [activity.url],
    });
  }
  if (spec.ownItem && term) {
    addItem(out, {
      kind: spec.ownItem,
      direction: 'authored',
      author: ctx.owner.displayName,
      timestamp: activity.timestamp,
      text: term,
    });
  }
}

/** An extractor for files that list things the owner liked, saved, saw, followed or searched for. */
export function activityExtractor(spec: ActivitySpec): Extractor {
  return {
    id: spec.id,
    platform: spec.platform,
    paths: spec.paths,
    json(doc, out, ctx) {
      const records = recordsOf(doc, spec.keys ?? []);
      if (records.length === 0 && !isEmptyShape(doc)) out.unknownShape = true;
      for (const record of records) emit(readActivity(record, out), spec, out, ctx);
    },
    html(page, out, ctx) {
      if (page.blocks.length === 0) out.unknownShape = true;
      for (const block of page.blocks) emit(readActivity(recordFromBlock(block), out), spec, out, ctx);
    },
  };
}
