import type { Label, Thresholds } from '../model';
import type { MonthKey } from '../report';

export const SUMMARY_FORMAT = 'loupe-summary';
export const SUMMARY_VERSION = 1;
export const STUDY_FORMAT = 'loupe-study';
export const STUDY_VERSION = 1;
export const DEFAULT_K = 10;

export const SECTIONS = [
  'activity',
  'flags',
  'histograms',
  'languages',
  'links',
  'exposure',
  'reviews',
] as const;
export type SectionId = (typeof SECTIONS)[number];

/** A count table: `counts[row][column]`, null where the count is suppressed. */
export interface SummaryTable {
  readonly id: string;
  readonly section: SectionId;
  /** What the rows are: `month`, `direction`, `kind`, `bin`, `language`, `bucket`, `verdict`, ... */
  readonly rowKey: string;
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  readonly counts: ReadonlyArray<ReadonlyArray<number | null>>;
  /** Share of each count in the same row of the denominator table and column, when both are published. */
  readonly shares?: ReadonlyArray<ReadonlyArray<number | null>>;
  readonly shareOf?: { readonly table: string; readonly column: string };
  /** Most that one item (or exposure, or review) can change this table's counts, summed over cells (L1). */
  readonly sensitivity: number;
  /** Privacy budget spent on this table when noise is on. */
  readonly epsilon: number | null;
}

export interface Exclusions {
  readonly labels: readonly Label[];
  readonly months: readonly MonthKey[];
  readonly sections: readonly SectionId[];
}

export const NO_EXCLUSIONS: Exclusions = { labels: [], months: [], sections: [] };

export interface Protection {
  /** No published count lies in [1, k-1]. */
  readonly k: number;
  readonly suppression: 'primary-and-complementary';
  readonly noise: {
    readonly mechanism: 'two-sided-geometric';
    /** The whole export's budget, split equally between budget groups. */
    readonly epsilon: number;
    readonly unit: 'item';
  } | null;
}

/** The anonymised summary a participant shares (`summary-v1`). */
export interface SummaryV1 {
  readonly format: typeof SUMMARY_FORMAT;
  readonly version: typeof SUMMARY_VERSION;
  /** Random for every export, so that two exports cannot be linked. */
  readonly exportId: string;
  /** Set only when the participant enters the code a study gave them. */
  readonly studyCode: string | null;
  readonly app: { readonly version: string };
  readonly model: { readonly id: string | null; readonly thresholds: Thresholds };
  readonly protection: Protection;
  readonly exclusions: Exclusions & { readonly droppedTables: readonly string[] };
  readonly tables: readonly SummaryTable[];
}

/** Fills the array with random bytes; `crypto.getRandomValues` in the app, a seeded one in tests. */
export type RandomSource = (bytes: Uint8Array<ArrayBuffer>) => void;

export interface SummaryOptions {
  /** Small-cell threshold (default 10). */
  readonly k?: number;
  /** Turns on differential-privacy noise with this total epsilon. */
  readonly epsilon?: number;
  readonly studyCode?: string;
  readonly exclusions?: Partial<Exclusions>;
  readonly random?: RandomSource;
}

/** Study-level tables merged from many participants' summaries (`loupe-study` v1). */
export interface StudySummaryV1 {
  readonly format: typeof STUDY_FORMAT;
  readonly version: typeof STUDY_VERSION;
  readonly participants: number;
  readonly studyCodes: readonly string[];
  readonly modelIds: readonly string[];
  readonly appVersions: readonly string[];
  readonly protection: { readonly k: number; readonly suppression: 'primary-and-complementary' };
  /** Cells are sums of the participants' published counts (suppressed contributions count as missing). */
  readonly tables: readonly (SummaryTable & { readonly participants: number })[];
}
