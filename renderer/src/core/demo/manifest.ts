import type { Exposure, Item, Platform } from '../model';
import type { Person } from './cast';
import type { Language, Tone } from './texts';

export const DEMO_MANIFEST_VERSION = 1;

export type DemoExportKey = 'instagram-json' | 'instagram-html' | 'facebook-json' | 'facebook-html';
export type DemoFormat = 'json' | 'html';

/** An Item the importer should find, minus what the importer assigns (version, id, archive id). */
export type ExpectedItem = Omit<Item, 'v' | 'id' | 'archiveId'> & {
  /** What the text was written to be; not something an importer reports. */
  readonly tone: Tone;
  readonly language: Language;
};

/** An Exposure the importer should find, minus version, id and archive id. */
export type ExpectedExposure = Omit<Exposure, 'v' | 'id' | 'archiveId'> & {
  /** Present when the label is a text written for the demo (a caption, a page title). */
  readonly tone?: Tone;
  readonly language?: Language;
};

export interface DemoExportManifest {
  readonly key: DemoExportKey;
  readonly platform: Platform;
  readonly format: DemoFormat;
  /** The account language: labels, system sentences and HTML dates follow it. */
  readonly locale: Language;
  /** The layout generation imitated (see archive-format.md §3). */
  readonly layout: string;
  /** The ZIP files of this export, in part order. */
  readonly zipNames: readonly string[];
  readonly owner: Person;
  /**
   * `exact`: JSON timestamps (seconds or ms as Meta writes them). `minute`: HTML date strings carry no seconds and no
   * time zone; the demo writes them in UTC, so the expected timestamps are the UTC minute.
   */
  readonly timestampPrecision: 'exact' | 'minute';
  /** What this format cannot carry, in words, so a comparison can be honest. */
  readonly limits: readonly string[];
  readonly items: readonly ExpectedItem[];
  readonly exposures: readonly ExpectedExposure[];
}

export interface DemoManifest {
  readonly version: typeof DEMO_MANIFEST_VERSION;
  readonly seed: number;
  readonly exportDate: string;
  readonly exports: readonly DemoExportManifest[];
}
