import {
  type Exposure,
  type ItemKind,
  type ReportItem,
  type Review,
  type Score,
  type Thresholds,
} from '../model';
import { summariseExposure } from './exposure';
import { latestReviews, modelFlags, applyReview, scoresByItem } from './flags';
import { LinkCounter } from './links';
import { PeopleCounter } from './people';
import { ScoreCounter } from './score-counter';
import { TallyCounter } from './tally';
import { monthIndex, monthKeyOfIndex } from './time';
import {
  DIRECTION_KEYS,
  REPORT_VERSION,
  type ArchiveSummary,
  type DirectionKey,
  type MonthTally,
  type ReportModel,
  type ReportOptions,
  type ReviewSummary,
  type Tally,
} from './types';

const DIRECTION_SLOT: Readonly<Record<DirectionKey, number>> = { all: 0, authored: 1, received: 2, seen: 3 };
const newSlots = (): TallyCounter[] => DIRECTION_KEYS.map(() => new TallyCounter());

/** Items are counted once, by direction; slot 0 (`all`) is the sum of the three, filled at the end. */
function fillAll(slots: readonly TallyCounter[]): readonly TallyCounter[] {
  for (let slot = 1; slot < slots.length; slot++) slots[0]!.merge(slots[slot]!);
  return slots;
}

function bySlot<T>(
  slots: readonly TallyCounter[],
  map: (counter: TallyCounter) => T,
): Record<DirectionKey, T> {
  return Object.fromEntries(DIRECTION_KEYS.map((key) => [key, map(slots[DIRECTION_SLOT[key]]!)])) as Record<
    DirectionKey,
    T
  >;
}

interface ArchiveCounter {
  platform: ArchiveSummary['platform'];
  items: number;
  exposures: number;
  firstMonth: number;
  lastMonth: number;
}

/**
 * The report: headline, trend, kinds, languages, histograms, people, links, exposure and reviews, in one
 * pass over the items. Flags are the model's at `thresholds`, overridden by the user's reviews.
 */
export function buildReport(
  items: readonly ReportItem[],
  exposures: readonly Exposure[],
  scores: readonly Score[],
  reviews: readonly Review[],
  thresholds: Thresholds,
  options: ReportOptions,
): ReportModel {
  const bins = options.histogramBins ?? 10;
  const topN = options.topN ?? 100;
  const minScoredForShare = options.minScoredForShare ?? 5;
  const scoreOf = scoresByItem(scores, options.modelId);
  const reviewOf = latestReviews(reviews);

  const headline = newSlots();
  const undated = newSlots();
  const months = new Map<number, TallyCounter[]>();
  const kinds = new Map<ItemKind, TallyCounter>();
  const scoreCounter = new ScoreCounter(bins);
  const people = new PeopleCounter();
  const links = new LinkCounter(options.rateUrl);
  const archives = new Map<string, ArchiveCounter>();
  let changedFlags = 0;
  let lastArchiveId: string | null = null;
  let lastArchive: ArchiveCounter | undefined;
  let first = Infinity;
  let last = -Infinity;

  for (const item of items) {
    const score = scoreOf.get(item.id);
    const review = reviewOf.get(item.id);
    const status = score ? score.status : 'pending';
    const fromModel = modelFlags(score, thresholds);
    const bits = applyReview(fromModel, review);
    if (bits !== fromModel) changedFlags++;
    const lowCredibility = links.add(item.links);
    const slot = DIRECTION_SLOT[item.direction];

    headline[slot]!.add(status, bits, lowCredibility);

    let archive = item.archiveId === lastArchiveId ? lastArchive : archives.get(item.archiveId);
    if (!archive) {
      archive = {
        platform: item.platform,
        items: 0,
        exposures: 0,
        firstMonth: Infinity,
        lastMonth: -Infinity,
      };
      archives.set(item.archiveId, archive);
    }
    archive.items++;
    lastArchiveId = item.archiveId;
    lastArchive = archive;

    if (item.timestamp === null) {
      undated[slot]!.add(status, bits, lowCredibility);
    } else {
      if (item.timestamp < first) first = item.timestamp;
      if (item.timestamp > last) last = item.timestamp;
      const index = monthIndex(item.timestamp);
      if (index < archive.firstMonth) archive.firstMonth = index;
      if (index > archive.lastMonth) archive.lastMonth = index;
      let month = months.get(index);
      if (!month) months.set(index, (month = newSlots()));
      month[slot]!.add(status, bits, lowCredibility);
    }

    let kind = kinds.get(item.kind);
    if (!kind) kinds.set(item.kind, (kind = new TallyCounter()));
    kind.add(status, bits, lowCredibility);

    if (score) scoreCounter.add(score);
    people.add(item.direction, item.author, item.conversation, status, bits, lowCredibility);
  }

  for (const exposure of exposures) {
    const archive = archives.get(exposure.archiveId);
    if (archive) archive.exposures++;
    else
      archives.set(exposure.archiveId, {
        platform: exposure.platform,
        items: 0,
        exposures: 1,
        firstMonth: Infinity,
        lastMonth: -Infinity,
      });
  }

  const modelIds = scoreCounter.modelIds();
  return {
    meta: {
      version: REPORT_VERSION,
      modelId: modelIds[0] ?? null,
      modelIds: [...modelIds].sort(),
      thresholds: { ...thresholds },
      appVersion: options.appVersion,
      generatedAt: options.now ?? Date.now(),
      dateRange: { first: Number.isFinite(first) ? first : null, last: Number.isFinite(last) ? last : null },
      monthRange: {
        first: Number.isFinite(first) ? monthKeyOfIndex(monthIndex(first)) : null,
        last: Number.isFinite(last) ? monthKeyOfIndex(monthIndex(last)) : null,
      },
      archives: [...archives].map(([archiveId, a]) => ({
        archiveId: archiveId as ArchiveSummary['archiveId'],
        platform: a.platform,
        items: a.items,
        exposures: a.exposures,
        firstMonth: Number.isFinite(a.firstMonth) ? monthKeyOfIndex(a.firstMonth) : null,
        lastMonth: Number.isFinite(a.lastMonth) ? monthKeyOfIndex(a.lastMonth) : null,
      })),
      histogramBins: bins,
      minScoredForShare,
    },
    headline: bySlot(fillAll(headline), (counter) => counter.toTally()),
    trend: trendOf(months, first, last, undated),
    kinds: Object.fromEntries([...kinds].map(([kind, counter]) => [kind, counter.toTally()])),
    languages: scoreCounter.languageMix(),
    histograms: scoreCounter.histogramsByLabel(),
    people: people.rankings(topN, minScoredForShare),
    links: links.summary(options.topDomains ?? 25),
    exposure: summariseExposure(exposures),
    reviews: reviewSummary(reviewOf, changedFlags),
  };
}

function trendOf(
  months: Map<number, TallyCounter[]>,
  first: number,
  last: number,
  undated: readonly TallyCounter[],
): ReportModel['trend'] {
  const byDirection = Object.fromEntries(DIRECTION_KEYS.map((key) => [key, [] as MonthTally[]])) as Record<
    DirectionKey,
    MonthTally[]
  >;
  const keys: string[] = [];
  if (Number.isFinite(first)) {
    const empty = newSlots();
    for (let index = monthIndex(first); index <= monthIndex(last); index++) {
      const month = monthKeyOfIndex(index);
      keys.push(month);
      const slots = fillAll(months.get(index) ?? empty);
      for (const key of DIRECTION_KEYS) {
        const tally: Tally = slots[DIRECTION_SLOT[key]]!.toTally();
        byDirection[key].push({ month, ...tally });
      }
    }
  }
  return { months: keys, byDirection, undated: bySlot(fillAll(undated), (counter) => counter.toTally()) };
}

function reviewSummary(reviewOf: Map<string, Review>, changedFlags: number): ReviewSummary {
  const byVerdict = { correct: 0, not_divisive: 0, not_misleading: 0 };
  for (const review of reviewOf.values()) byVerdict[review.verdict]++;
  return { total: reviewOf.size, byVerdict, changedFlags };
}
