import {
  LABELS,
  asArchiveId,
  asEpochMs,
  asExposureId,
  asItemId,
  type Direction,
  type Exposure,
  type Item,
  type ItemKind,
  type Label,
  type Review,
  type Score,
  type Thresholds,
} from '@core/model';
import type { LinkRating, RateUrl } from '@core/report';

export const THRESHOLDS: Thresholds = Object.fromEntries(LABELS.map((label) => [label, 0.5])) as Thresholds;

/** A deterministic pseudo-random generator (mulberry32), so that synthetic data is reproducible. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const rateBySuffix: RateUrl = (url: string): LinkRating => {
  const host = /^https?:\/\/([^/]+)/.exec(url)?.[1] ?? null;
  if (host === null) return { url, domain: null, bucket: 'invalid', sources: [] };
  if (host.endsWith('fake-news.example')) {
    return { url, domain: host, bucket: 'low', matchedDomain: 'fake-news.example', sources: ['test'] };
  }
  if (host.endsWith('tabloid.example')) {
    return { url, domain: host, bucket: 'mixed', matchedDomain: 'tabloid.example', sources: ['test'] };
  }
  return { url, domain: host, bucket: 'unknown', sources: [] };
};

const KINDS: readonly ItemKind[] = ['post', 'comment', 'message', 'story', 'timeline_post', 'group_post'];
const DIRECTIONS: readonly Direction[] = ['authored', 'received', 'seen'];
const START = Date.UTC(2019, 0, 1);
const SPAN = 5 * 365 * 24 * 3600 * 1000;

export interface SyntheticData {
  items: Item[];
  scores: Score[];
  reviews: Review[];
  exposures: Exposure[];
}

/** `count` items with scores (some unsupported, empty or pending), reviews, links and exposures. */
export function syntheticData(count: number, seed = 1): SyntheticData {
  const random = seeded(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const items: Item[] = [];
  const scores: Score[] = [];
  const reviews: Review[] = [];
  const authors = Array.from({ length: Math.max(5, Math.floor(count / 50)) }, (_, i) => `person ${i}`);
  for (let i = 0; i < count; i++) {
    const id = asItemId(`item-${i}`);
    const direction = pick(DIRECTIONS);
    const kind = direction === 'received' ? 'message' : pick(KINDS);
    const conversation = kind === 'message' ? `thread ${Math.floor(random() * (authors.length / 2))}` : null;
    const roll = random();
    const links =
      roll < 0.05
        ? ['https://www.fake-news.example/a']
        : roll < 0.08
          ? ['https://tabloid.example/b', 'https://ok.example/c']
          : [];
    items.push({
      v: 1,
      id,
      archiveId: asArchiveId(i % 7 === 0 ? 'archive-b' : 'archive-a'),
      platform: i % 7 === 0 ? 'facebook' : 'instagram',
      kind,
      direction,
      author: direction === 'authored' ? 'me' : pick(authors),
      conversation,
      timestamp: random() < 0.02 ? null : asEpochMs(START + Math.floor(random() * SPAN)),
      text: `text ${i}`,
      links,
      sourcePath: 'your_activity/messages/inbox/thread/message_1.json',
    });
    const status = random();
    if (status < 0.05) continue;
    if (status < 0.1) {
      scores.push({ itemId: id, modelId: 'm', language: 'de', status: 'unsupported_language', scores: null });
      continue;
    }
    if (status < 0.12) {
      scores.push({ itemId: id, modelId: 'm', language: 'und', status: 'empty', scores: null });
      continue;
    }
    const values = Object.fromEntries(LABELS.map((label) => [label, random() ** 3])) as Record<Label, number>;
    scores.push({
      itemId: id,
      modelId: 'm',
      language: random() < 0.7 ? 'en' : 'fr',
      status: 'scored',
      scores: values,
    });
    const reviewRoll = random();
    if (reviewRoll < 0.01) reviews.push({ itemId: id, verdict: 'not_divisive', at: i });
    else if (reviewRoll < 0.02) reviews.push({ itemId: id, verdict: 'not_misleading', at: i });
    else if (reviewRoll < 0.03) reviews.push({ itemId: id, verdict: 'correct', at: i });
  }
  const exposures: Exposure[] = Array.from({ length: Math.floor(count / 10) }, (_, i) => ({
    v: 1,
    id: asExposureId(`exposure-${i}`),
    archiveId: asArchiveId('archive-a'),
    platform: 'instagram',
    kind: pick(['ad_interest', 'advertiser', 'topic', 'followed', 'viewed', 'liked'] as const),
    label: pick(['Politics', 'Cooking', 'Élections européennes', 'Immigration', 'Football', 'Vaccins']),
    account: pick(authors),
    url: null,
    timestamp: asEpochMs(START + Math.floor(random() * SPAN)),
    sourcePath: pick([
      'ads_information/ad_interests.json',
      'your_activity/videos_watched.json',
      'posts_viewed.json',
    ]),
  }));
  return { items, scores, reviews, exposures };
}
