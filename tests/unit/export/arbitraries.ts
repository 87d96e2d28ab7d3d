import fc from 'fast-check';
import {
  EXPOSURE_KINDS,
  ITEM_KINDS,
  LABELS,
  asArchiveId,
  asEpochMs,
  asExposureId,
  asItemId,
  type Exposure,
  type Item,
  type Label,
  type Review,
  type Score,
} from '@core/model';
import { buildReport, type ReportModel } from '@core/report';
import { THRESHOLDS, rateBySuffix } from '../report/synthetic';

export const RUNS = process.env.LOUPE_STRESS === '1' ? 500 : 40;
fc.configureGlobal({ seed: 424242, numRuns: RUNS });

/** Strings planted in archive fields; none may reach an export. */
export const CANARY = 'CANARY';

const recordArbitrary = fc.record({
  direction: fc.constantFrom('authored', 'received', 'seen'),
  kind: fc.constantFrom(...ITEM_KINDS),
  month: fc.integer({ min: 0, max: 7 }),
  undated: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  status: fc.constantFrom('scored', 'scored', 'scored', 'unsupported_language', 'empty', 'pending'),
  high: fc.subarray([...LABELS]),
  low: fc.double({ min: 0, max: 0.49, noNaN: true }),
  link: fc.constantFrom('none', 'none', 'low', 'mixed', 'other'),
  review: fc.constantFrom('none', 'none', 'none', 'correct', 'not_divisive', 'not_misleading'),
  author: fc.integer({ min: 0, max: 6 }),
  day: fc.integer({ min: 0, max: 27 }),
  millis: fc.integer({ min: 1, max: 86_399_999 }),
});

export interface Archive {
  readonly items: Item[];
  readonly scores: Score[];
  readonly reviews: Review[];
  readonly exposures: Exposure[];
  /** Every canary string planted, including exact timestamps written as text. */
  readonly canaries: string[];
}

const BASE = Date.UTC(2021, 3, 1);

export const archiveArbitrary: fc.Arbitrary<Archive> = fc
  .record({
    records: fc.array(recordArbitrary, { maxLength: 160, size: 'max' }),
    exposures: fc.array(
      fc.record({
        kind: fc.constantFrom(...EXPOSURE_KINDS),
        month: fc.integer({ min: 0, max: 7 }),
        label: fc.integer({ min: 0, max: 5 }),
      }),
      { maxLength: 60, size: 'max' },
    ),
    salt: fc.integer({ min: 0, max: 1_000_000 }),
  })
  .map(({ records, exposures, salt }) => {
    const canaries: string[] = [];
    const plant = (what: string): string => {
      const canary = `${CANARY}${what}${salt}x`;
      canaries.push(canary);
      return canary;
    };
    const items: Item[] = [];
    const scores: Score[] = [];
    const reviews: Review[] = [];
    records.forEach((record, i) => {
      const monthStart = Date.UTC(2021, 3 + record.month, 1);
      const timestamp = monthStart + record.day * 86_400_000 + record.millis;
      canaries.push(String(timestamp), new Date(timestamp).toISOString());
      const id = asItemId(plant(`id${i}`));
      const author = record.direction === 'authored' ? plant('me') : plant(`@handle${record.author}`);
      items.push({
        v: 1,
        id,
        archiveId: asArchiveId(plant('archive')),
        platform: 'instagram',
        kind: record.kind,
        direction: record.direction,
        author,
        conversation: record.kind === 'message' ? plant(`Conversation ${record.author}`) : null,
        timestamp: record.undated ? null : asEpochMs(timestamp),
        text: plant(`text ${i} <b>hello</b>`),
        links:
          record.link === 'none'
            ? []
            : [
                `https://${record.link === 'low' ? 'fake-news.example' : record.link === 'mixed' ? 'tabloid.example' : 'ok.example'}/${plant('path')}`,
              ],
        sourcePath: plant('path/messages.json'),
      });
      if (record.status === 'pending') return;
      const language = plant('lang');
      if (record.status !== 'scored') {
        scores.push({ itemId: id, modelId: 'loupe-mini', language, status: record.status, scores: null });
        return;
      }
      const values = Object.fromEntries(
        LABELS.map((label) => [label, record.high.includes(label) ? 0.9 : record.low]),
      ) as Record<Label, number>;
      scores.push({
        itemId: id,
        modelId: 'loupe-mini',
        language: i % 3 === 0 ? 'en' : language,
        status: 'scored',
        scores: values,
      });
      if (record.review !== 'none') reviews.push({ itemId: id, verdict: record.review, at: timestamp });
    });
    const exposureRecords: Exposure[] = exposures.map((exposure, i) => {
      const timestamp = Date.UTC(2021, 3 + exposure.month, 2) + i;
      canaries.push(String(timestamp));
      return {
        v: 1,
        id: asExposureId(plant(`exposure${i}`)),
        archiveId: asArchiveId(plant('archive')),
        platform: 'facebook',
        kind: exposure.kind,
        label: plant(`Politics ${exposure.label}`),
        account: plant(`@page${exposure.label}`),
        url: `https://${plant('example')}.com/x`,
        timestamp: asEpochMs(timestamp),
        sourcePath: plant('ads/ad_interests.json'),
      };
    });
    return { items, scores, reviews, exposures: exposureRecords, canaries };
  });

export const reportOf = (archive: Archive): ReportModel =>
  buildReport(archive.items, archive.exposures, archive.scores, archive.reviews, THRESHOLDS, {
    appVersion: '0.1.0',
    rateUrl: rateBySuffix,
    now: BASE,
    minScoredForShare: 1,
  });
