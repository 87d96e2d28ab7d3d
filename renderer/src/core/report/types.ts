import type {
  ArchiveId,
  Direction,
  ExposureKind,
  ItemKind,
  Label,
  ParentLabel,
  Platform,
  ReviewVerdict,
  Thresholds,
} from '../model';

/** Version of the ReportModel shape; bump on any incompatible change. */
export const REPORT_VERSION = 1;

/** A month in UTC, `YYYY-MM`. */
export type MonthKey = string;

export type DirectionKey = Direction | 'all';
export const DIRECTION_KEYS: readonly DirectionKey[] = ['all', 'authored', 'received', 'seen'];

export const CREDIBILITY_BUCKETS = ['low', 'mixed', 'unknown', 'unresolved', 'platform', 'invalid'] as const;
export type CredibilityBucket = (typeof CREDIBILITY_BUCKETS)[number];

/** What the link-credibility rater says about one URL (structurally the classifier's `LinkRating`). */
export interface LinkRating {
  readonly url: string;
  readonly domain: string | null;
  readonly bucket: CredibilityBucket;
  /** The domain as listed in a bundled credibility list, when one matched. */
  readonly matchedDomain?: string;
  readonly sources: readonly string[];
  readonly tags?: readonly string[];
}
export type RateUrl = (url: string) => LinkRating;

/** Number of flagged items per label. */
export type LabelCounts = Record<Label, number>;
/** Flagged items per label divided by scored items; null when nothing was scored. */
export type LabelShares = Record<Label, number | null>;

/** Counts of items by how far classification got, and what was flagged. */
export interface Tally {
  readonly items: number;
  readonly scored: number;
  readonly unsupportedLanguage: number;
  readonly empty: number;
  /** Items with no score yet. */
  readonly pending: number;
  /** Scored items flagged for at least one label. */
  readonly flaggedAny: number;
  readonly flagged: LabelCounts;
  readonly shares: LabelShares;
  /** Items with at least one link to a low-credibility source: a misleading signal beside the model's. */
  readonly lowCredibilityLinks: number;
}

export interface LanguageCount {
  readonly scored: number;
  readonly unsupportedLanguage: number;
}

export interface MonthTally extends Tally {
  readonly month: MonthKey;
}

export interface PersonRow {
  /** The author as written in the archive (untrusted text). */
  readonly name: string;
  /** What this account sent or posted that the user received or saw. */
  readonly sent: Tally;
  /** What the user wrote in the conversations this account takes part in. */
  readonly userWrote: Tally;
  readonly conversations: number;
}

export interface ConversationRow {
  /** The conversation, thread, group or page title (untrusted text). */
  readonly conversation: string;
  readonly participants: number;
  readonly sent: Tally;
  readonly userWrote: Tally;
}

export interface Ranking<Row> {
  /** Ranked by number of flagged items (any label), then by items. */
  readonly byVolume: readonly Row[];
  /** Ranked by share of flagged items among scored ones, for rows with at least `minScoredForShare`. */
  readonly byShare: readonly Row[];
  /** How many rows exist before truncation to the top N. */
  readonly total: number;
}

export interface DomainCount {
  readonly domain: string;
  readonly bucket: CredibilityBucket;
  readonly links: number;
  readonly items: number;
}

export interface LinksSummary {
  /** False when no rater was given: every link then counts as `unknown`. */
  readonly rated: boolean;
  readonly totalLinks: number;
  readonly itemsWithLinks: number;
  readonly linksByBucket: Record<CredibilityBucket, number>;
  /** Items with at least one link in the bucket (an item counts once per bucket). */
  readonly itemsByBucket: Record<CredibilityBucket, number>;
  /** Low and mixed-credibility domains, only as named by the bundled lists, most linked first. */
  readonly topDomains: readonly DomainCount[];
}

export const SENSITIVE_CATEGORIES = [
  'politics',
  'elections',
  'immigration',
  'religion',
  'gender_sexuality',
  'race_ethnicity',
  'climate_environment',
  'health_vaccines',
  'guns_security',
  'war_conflict',
  'economy_labour',
  'activism',
] as const;
export type SensitiveCategory = (typeof SENSITIVE_CATEGORIES)[number];

export interface ExposureEntry {
  /** The ad interest, advertiser or topic as written in the archive (untrusted text). */
  readonly label: string;
  readonly count: number;
  readonly categories: readonly SensitiveCategory[];
}

export interface ViewedMonth {
  readonly month: MonthKey;
  readonly posts: number;
  readonly videos: number;
}

export interface ExposureSummary {
  readonly total: number;
  readonly byKind: Record<ExposureKind, number>;
  readonly adInterests: { readonly count: number; readonly entries: readonly ExposureEntry[] };
  readonly advertisers: { readonly count: number; readonly entries: readonly ExposureEntry[] };
  readonly topics: { readonly count: number; readonly entries: readonly ExposureEntry[] };
  /** Ad interests, advertisers and topics that fall in a political or social-issue category. */
  readonly sensitiveCategories: Record<SensitiveCategory, number>;
  readonly accountsFollowed: number;
  readonly viewed: {
    readonly posts: number;
    readonly videos: number;
    readonly byMonth: readonly ViewedMonth[];
  };
}

export interface ArchiveSummary {
  readonly archiveId: ArchiveId;
  readonly platform: Platform;
  readonly items: number;
  readonly exposures: number;
  readonly firstMonth: MonthKey | null;
  readonly lastMonth: MonthKey | null;
}

export interface ReviewSummary {
  readonly total: number;
  readonly byVerdict: Record<ReviewVerdict, number>;
  /** Reviewed items whose flags differ from the model's because of the review. */
  readonly changedFlags: number;
}

export interface ReportMeta {
  readonly version: typeof REPORT_VERSION;
  /** The model behind most scores (null when nothing is scored). */
  readonly modelId: string | null;
  readonly modelIds: readonly string[];
  readonly thresholds: Thresholds;
  readonly appVersion: string;
  /** When the report was computed (ms, UTC); from options so that a report can be reproduced. */
  readonly generatedAt: number;
  readonly dateRange: { readonly first: number | null; readonly last: number | null };
  readonly monthRange: { readonly first: MonthKey | null; readonly last: MonthKey | null };
  readonly archives: readonly ArchiveSummary[];
  readonly histogramBins: number;
  readonly minScoredForShare: number;
}

/** Everything the pages, `report.json` and the researcher summary need, computed once. */
export interface ReportModel {
  readonly meta: ReportMeta;
  readonly headline: Record<DirectionKey, Tally>;
  /** Monthly tallies by direction, every month between the first and last dated item (gaps as zeros). */
  readonly trend: {
    readonly months: readonly MonthKey[];
    readonly byDirection: Record<DirectionKey, readonly MonthTally[]>;
    /** Items with no timestamp, by direction. */
    readonly undated: Record<DirectionKey, Tally>;
  };
  readonly kinds: Partial<Record<ItemKind, Tally>>;
  /** Items by detected language code: scored, or left out because the language is not supported. */
  readonly languages: Record<string, LanguageCount>;
  /** Per label, `histogramBins` counts of scored items by score (bin i holds [i/n, (i+1)/n), the last includes 1). */
  readonly histograms: Record<Label, readonly number[]>;
  readonly people: {
    readonly accounts: Ranking<PersonRow>;
    readonly conversations: Ranking<ConversationRow>;
  };
  readonly links: LinksSummary;
  readonly exposure: ExposureSummary;
  readonly reviews: ReviewSummary;
}

export interface ReportOptions {
  readonly appVersion: string;
  /** Rates one link; without it links are counted but not rated. */
  readonly rateUrl?: RateUrl;
  /** Use only scores from this model (default: every score given; the last one for an item wins). */
  readonly modelId?: string;
  readonly now?: number;
  readonly histogramBins?: number;
  /** How many accounts and conversations each ranking keeps (default 100). */
  readonly topN?: number;
  /** Rows with fewer scored items are left out of the by-share rankings (default 5). */
  readonly minScoredForShare?: number;
  readonly topDomains?: number;
}

export type { ParentLabel };
