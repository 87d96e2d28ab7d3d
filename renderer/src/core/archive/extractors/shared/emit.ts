import type { Direction, EpochMs, ExposureKind, ItemKind } from '../../../model';
import type { HtmlBlock, HtmlPage } from '../../html/page';
import { textOf } from '../../text';
import type { ExtractContext, FileOutput } from '../types';

/** Adds an item when the text is non-blank (tidied). */
export function addItem(
  out: FileOutput,
  draft: {
    kind: ItemKind;
    direction: Direction;
    author: string | null;
    conversation?: string | null;
    timestamp: EpochMs | null;
    text: unknown;
    extraLinks?: readonly (string | null)[];
  },
): void {
  const text = textOf(draft.text);
  if (text === null) return;
  out.items.push({
    kind: draft.kind,
    direction: draft.direction,
    author: textOf(draft.author),
    conversation: textOf(draft.conversation ?? null),
    timestamp: draft.timestamp,
    text,
    extraLinks: draft.extraLinks ?? [],
  });
}

/** An item the archive owner wrote. */
export function addOwnItem(
  out: FileOutput,
  ctx: ExtractContext,
  kind: ItemKind,
  text: unknown,
  timestamp: EpochMs | null,
  extra: { conversation?: string | null; extraLinks?: readonly (string | null)[] } = {},
): void {
  addItem(out, { kind, direction: 'authored', author: ctx.owner.displayName, timestamp, text, ...extra });
}

/** Adds an exposure when it names something (a label, an account or a URL). */
export function addExposure(
  out: FileOutput,
  draft: { kind: ExposureKind; label?: unknown; account?: unknown; url?: unknown; timestamp: EpochMs | null },
): void {
  const label = textOf(draft.label ?? null);
  const account = textOf(draft.account ?? null);
  const url = textOf(draft.url ?? null);
  if (label === null && account === null && url === null) return;
  out.exposures.push({ kind: draft.kind, label, account, url, timestamp: draft.timestamp });
}

/** The HTML blocks of a page, or a note that the page's layout is unknown. */
export function blocksOrUnknown(page: HtmlPage, out: FileOutput): readonly HtmlBlock[] {
  if (page.blocks.length === 0) out.unknownShape = true;
  return page.blocks;
}
