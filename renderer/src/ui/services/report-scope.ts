import type { Thresholds } from '../../core/model';
import { rateUrl } from '../../core/classify/credibility';
import { buildReport, monthBounds, type MonthKey, type ReportModel } from '../../core/report';
import type { ReportFacts, UserCredibilityList } from '../../db';
import { toDomainList } from './credibility-lists';

export interface MonthRange {
  readonly from: MonthKey;
  readonly to: MonthKey;
}

/** What a report is computed from, besides the stored data. Plain data: it crosses to the report worker. */
export interface ReportRequest {
  readonly modelId: string;
  readonly thresholds: Thresholds;
  /** The timeline brush: only items dated inside it count. */
  readonly range: MonthRange | null;
  readonly userLists: readonly UserCredibilityList[];
  readonly appVersion: string;
}

/**
 * The last report, the data version and the request it was computed from (the settings row REPORT_CACHE_KEY),
 * written by the report worker. The Overview shows the cached report of unchanged data at once; computing one
 * for 100,000 items takes most of a second.
 */
export interface ReportCache {
  /** The data version (see readDataVersion). */
  readonly version: string;
  /** The request (model, thresholds, lists, app version) as JSON, see cachedRequestKey; older caches have none. */
  readonly request?: string;
  readonly report: ReportModel;
}

/** A request as a cache records it: only reports of the whole range are cached. */
export const cachedRequestKey = (request: ReportRequest): string =>
  JSON.stringify({ ...request, range: null });

/** The inputs dated inside the range (all of them without one). */
export function inRange<Inputs extends ReportFacts>(inputs: Inputs, range: MonthRange | null): Inputs {
  if (!range) return inputs;
  const start = monthBounds(range.from).start;
  const end = monthBounds(range.to).end;
  const inside = (timestamp: number | null) => timestamp !== null && timestamp >= start && timestamp < end;
  const items = inputs.items.filter((item) => inside(item.timestamp));
  const kept = new Set(items.map((item) => item.id));
  return {
    ...inputs,
    items,
    exposures: inputs.exposures.filter((exposure) => inside(exposure.timestamp)),
    scores: inputs.scores.filter((score) => kept.has(score.itemId)),
    reviews: inputs.reviews.filter((review) => kept.has(review.itemId)),
  };
}

export function computeReport(inputs: ReportFacts, request: ReportRequest): ReportModel {
  const lists = request.userLists.map(toDomainList);
  const scoped = inRange(inputs, request.range);
  return buildReport(scoped.items, scoped.exposures, scoped.scores, scoped.reviews, request.thresholds, {
    appVersion: request.appVersion,
    rateUrl: (url: string) => rateUrl(url, lists),
    modelId: request.modelId,
  });
}
