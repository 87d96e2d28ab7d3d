import type { Direction, EpochMs, ExposureKind, ItemKind, Platform } from '../../model';
import type { HtmlPage } from '../html/page';
import type { Owner } from '../owner';

/** An Item before the orchestrator gives it an id, an archive and a source path. */
export interface ItemDraft {
  readonly kind: ItemKind;
  readonly direction: Direction;
  readonly author: string | null;
  readonly conversation: string | null;
  readonly timestamp: EpochMs | null;
  readonly text: string;
  /** URLs that belong to the item besides those in its text (a shared link). */
  readonly extraLinks?: readonly (string | null)[];
}

export interface ExposureDraft {
  readonly kind: ExposureKind;
  readonly label: string | null;
  readonly account: string | null;
  readonly url: string | null;
  readonly timestamp: EpochMs | null;
}

export interface ExtractContext {
  readonly platform: Platform;
  /** The entry path below the profile's root, lower-cased, `'` folded to `_`. */
  readonly relKey: string;
  readonly owner: Owner;
}

/** What one extractor found in one file. Problems are messages without archive content. */
export interface FileOutput {
  readonly items: ItemDraft[];
  readonly exposures: ExposureDraft[];
  /** Localised labels that no table knows (structure, not content): reported so tables can grow. */
  readonly unknownLabels: Set<string>;
  /** Set when the file's shape is none the extractor knows. */
  unknownShape: boolean;
}

export const emptyOutput = (): FileOutput => ({
  items: [],
  exposures: [],
  unknownLabels: new Set(),
  unknownShape: false,
});

/** A profile file tells who owns the archive. */
export interface OwnerHint {
  readonly names: readonly string[];
}

/** One family of files (posts, comments, messages...), for one platform, in JSON and/or HTML. */
export interface Extractor {
  readonly id: string;
  readonly platform: Platform;
  /** Tested against the root-relative match key of each entry. */
  readonly paths: readonly RegExp[];
  readonly json?: (doc: unknown, out: FileOutput, ctx: ExtractContext) => void;
  readonly html?: (page: HtmlPage, out: FileOutput, ctx: ExtractContext) => void;
  /** Profile extractors are read first, to know the owner. */
  readonly ownerJson?: (doc: unknown) => OwnerHint;
  readonly ownerHtml?: (page: HtmlPage) => OwnerHint;
  /** Message threads: their participants help find the owner when no profile file exists. */
  readonly participantsJson?: (doc: unknown) => readonly string[];
  readonly participantsHtml?: (page: HtmlPage) => readonly string[];
}

/** Builds a suffix pattern: `(^|/)(alt1|alt2)$` over match keys (lower case, `'` as `_`). */
export const suffix = (...alternatives: string[]): RegExp =>
  new RegExp(`(^|/)(?:${alternatives.join('|')})$`);
