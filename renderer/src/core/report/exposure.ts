import { EXPOSURE_KINDS, type Exposure, type ExposureKind } from '../model';
import { sensitiveCategoriesOf } from './sensitive-categories';
import { monthIndex, monthKeyOfIndex } from './time';
import {
  SENSITIVE_CATEGORIES,
  type ExposureEntry,
  type ExposureSummary,
  type SensitiveCategory,
  type ViewedMonth,
} from './types';

const VIDEO_HINT = /video|reel|igtv|watch/i;

function entriesOf(counts: Map<string, number>): ExposureEntry[] {
  return [...counts]
    .map(([label, count]) => ({ label, count, categories: sensitiveCategoriesOf(label) }))
    .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

function bump(counts: Map<string, number>, key: string | null): void {
  if (key === null || key === '') return;
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Aggregates what the user saw, followed and was targeted with. */
export function summariseExposure(exposures: readonly Exposure[]): ExposureSummary {
  const byKind = Object.fromEntries(EXPOSURE_KINDS.map((kind) => [kind, 0])) as Record<ExposureKind, number>;
  const adInterests = new Map<string, number>();
  const advertisers = new Map<string, number>();
  const topics = new Map<string, number>();
  const followed = new Set<string>();
  const viewedByMonth = new Map<number, { posts: number; videos: number }>();
  let viewedPosts = 0;
  let viewedVideos = 0;

  for (const exposure of exposures) {
    byKind[exposure.kind]++;
    if (exposure.kind === 'ad_interest') bump(adInterests, exposure.label);
    else if (exposure.kind === 'advertiser') bump(advertisers, exposure.label ?? exposure.account);
    else if (exposure.kind === 'topic') bump(topics, exposure.label);
    else if (exposure.kind === 'followed') followed.add(exposure.account ?? exposure.label ?? exposure.id);
    else if (exposure.kind === 'viewed') {
      const video = VIDEO_HINT.test(exposure.sourcePath) || VIDEO_HINT.test(exposure.label ?? '');
      if (video) viewedVideos++;
      else viewedPosts++;
      if (exposure.timestamp !== null) {
        const index = monthIndex(exposure.timestamp);
        let month = viewedByMonth.get(index);
        if (!month) viewedByMonth.set(index, (month = { posts: 0, videos: 0 }));
        if (video) month.videos++;
        else month.posts++;
      }
    }
  }

  const adInterestEntries = entriesOf(adInterests);
  const advertiserEntries = entriesOf(advertisers);
  const topicEntries = entriesOf(topics);
  const sensitiveCategories = Object.fromEntries(SENSITIVE_CATEGORIES.map((c) => [c, 0])) as Record<
    SensitiveCategory,
    number
  >;
  for (const entry of [...adInterestEntries, ...advertiserEntries, ...topicEntries]) {
    for (const category of entry.categories) sensitiveCategories[category]++;
  }
  const byMonth: ViewedMonth[] = [...viewedByMonth]
    .sort(([a], [b]) => a - b)
    .map(([index, counts]) => ({ month: monthKeyOfIndex(index), ...counts }));

  return {
    total: exposures.length,
    byKind,
    adInterests: { count: adInterestEntries.length, entries: adInterestEntries },
    advertisers: { count: advertiserEntries.length, entries: advertiserEntries },
    topics: { count: topicEntries.length, entries: topicEntries },
    sensitiveCategories,
    accountsFollowed: followed.size,
    viewed: { posts: viewedPosts, videos: viewedVideos, byMonth },
  };
}
