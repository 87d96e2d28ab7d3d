import { asArchiveId, asEpochMs, asItemId, LABELS, type Item, type Score } from '../core/model';
import { buildReport } from '../core/report';
import {
  beginArchiveImport,
  finishArchiveImport,
  loadReportFacts,
  loadReportInputs,
  openLoupeDb,
  setReview,
  writeImportChunk,
  writeScores,
} from '../db';
import type { StorageBenchResult } from './protocol';

const CHUNK = 2_000;
const WORDS = [
  'vote',
  'bus',
  'soup',
  'liars',
  'news',
  'garden',
  'vaccine',
  'cat',
  'match',
  'they',
  'never',
  'again',
];

function syntheticItem(index: number): Item {
  const words = Array.from({ length: 8 + (index % 20) }, (_, i) => WORDS[(index * 7 + i * 3) % WORDS.length]);
  return {
    v: 1,
    id: asItemId(`bench_${index.toString(36).padStart(6, '0')}`),
    archiveId: asArchiveId('ar_bench'),
    platform: index % 2 ? 'facebook' : 'instagram',
    kind: (['post', 'comment', 'message', 'timeline_post'] as const)[index % 4]!,
    direction: (['authored', 'received', 'seen'] as const)[index % 3]!,
    author: `person ${index % 400}`,
    conversation: index % 4 === 2 ? `thread ${index % 150}` : null,
    timestamp: asEpochMs(Date.UTC(2023, 0, 1) + index * 600_000),
    text: words.join(' '),
    links: index % 25 === 0 ? ['https://example.org/story'] : [],
    sourcePath: 'bench/posts_1.json',
  };
}

function syntheticScore(item: Item, index: number): Score {
  const scores = Object.fromEntries(LABELS.map((label, i) => [label, ((index * 31 + i * 17) % 100) / 100]));
  return {
    itemId: item.id,
    modelId: 'loupe-mini',
    language: 'en',
    status: 'scored',
    scores: scores as Score['scores'],
  };
}

/** Writes `count` items and their scores through the app's own storage functions, then builds the report. */
export async function storageBench(count: number): Promise<StorageBenchResult> {
  const db = await openLoupeDb();
  const archiveId = asArchiveId('ar_bench');
  await beginArchiveImport(db, {
    id: archiveId,
    platform: 'instagram',
    format: 'json',
    sourceFiles: ['bench.zip'],
    ownerName: null,
  });
  const items = Array.from({ length: count }, (_, index) => syntheticItem(index));
  let start = performance.now();
  for (let offset = 0; offset < count; offset += CHUNK) {
    await writeImportChunk(db, { archiveId, items: items.slice(offset, offset + CHUNK), exposures: [] });
  }
  await finishArchiveImport(db, archiveId, { status: 'complete' });
  const bulkWriteMs = performance.now() - start;
  start = performance.now();
  for (let offset = 0; offset < count; offset += CHUNK) {
    const chunk = items.slice(offset, offset + CHUNK);
    await writeScores(
      db,
      'loupe-mini',
      chunk.map((item, i) => syntheticScore(item, offset + i)),
    );
  }
  const scoreWriteMs = performance.now() - start;
  start = performance.now();
  const inputs = await loadReportInputs(db, { modelId: 'loupe-mini' });
  const loadInputsMs = performance.now() - start;
  start = performance.now();
  const facts = await loadReportFacts(db, 'loupe-mini');
  const loadFactsMs = performance.now() - start;
  if (facts.items.length !== inputs.items.length || facts.scores.length !== inputs.scores.length) {
    throw new Error("the report's copy of the items and scores differs from the tables");
  }
  start = performance.now();
  const thresholds = Object.fromEntries(LABELS.map((label) => [label, 0.5])) as Record<
    (typeof LABELS)[number],
    number
  >;
  buildReport(facts.items, facts.exposures, facts.scores, facts.reviews, thresholds, {
    appVersion: 'bench',
    modelId: 'loupe-mini',
  });
  const buildReportMs = performance.now() - start;
  db.close();
  return { items: count, bulkWriteMs, scoreWriteMs, loadInputsMs, loadFactsMs, buildReportMs };
}

export async function reviewOneItem(): Promise<void> {
  const db = await openLoupeDb();
  try {
    const item = await db.items.limit(1).first();
    if (!item) throw new Error('no item to review: run the storage bench first');
    await setReview(db, item.id, 'not_divisive');
  } finally {
    db.close();
  }
}
