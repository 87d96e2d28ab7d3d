import { afterEach, describe, expect, it } from 'vitest';
import { LABELS, type Label, type Score } from '@core/model';
import { rateUrl } from '@core/classify/credibility';
import { buildReport } from '@core/report';
import {
  checkConsistency,
  deleteArchive,
  loadReportFacts,
  loadReportInputs,
  openLoupeDb,
  setReview,
  startClassification,
  writeImportChunk,
  writeScores,
  type LoupeDb,
  type ReportFacts,
} from '../../../renderer/src/db';
import { reportScoresOf, scoreFactsOf } from '../../../renderer/src/db/report-facts';
import { SCHEMA_VERSIONS } from '../../../renderer/src/db/versions';
import {
  ARCHIVE_A,
  ARCHIVE_B,
  beginArchive,
  makeExposure,
  makeItems,
  makeScore,
  openTestDb,
  uniqueDbName,
} from './fixtures';

const MODEL = 'loupe-small-q8';
const OTHER_MODEL = 'user/other-model';
const THRESHOLDS = Object.fromEntries(LABELS.map((label) => [label, 0.5])) as Record<Label, number>;

let db: LoupeDb;
afterEach(async () => db?.delete());

const report = (inputs: ReportFacts) =>
  buildReport(inputs.items, inputs.exposures, inputs.scores, inputs.reviews, THRESHOLDS, {
    appVersion: 'test',
    now: 0,
    modelId: MODEL,
    rateUrl: (url: string) => rateUrl(url, []),
  });

const outOfStep = async () => (await checkConsistency(db)).reportFactsOutOfStep;

/**
 * Two archives written through the app's own functions, with the cases the copy must follow: items imported
 * again by a newer archive (they move), an item scored twice, a second model, undated items, links, reviews.
 */
async function seedHistory(): Promise<void> {
  await beginArchive(db, ARCHIVE_A);
  const itemsA = makeItems(ARCHIVE_A, 0, 120).map((item, index) =>
    index % 10 === 0 ? { ...item, timestamp: null, links: [`https://example.org/${index}`] } : item,
  );
  await writeImportChunk(db, { archiveId: ARCHIVE_A, items: itemsA.slice(0, 70), exposures: [] });
  await writeImportChunk(db, {
    archiveId: ARCHIVE_A,
    items: itemsA.slice(70),
    exposures: [makeExposure(ARCHIVE_A, 1)],
  });
  await startClassification(db, MODEL);
  await writeScores(
    db,
    MODEL,
    itemsA.slice(0, 90).map((item, index) => makeScore(item, MODEL, (index % 9) / 8)),
  );
  // Scored again, differently (a model file replaced under the same id): the later score counts.
  await writeScores(db, MODEL, [makeScore(itemsA[3]!, MODEL, 0.95)]);
  await writeScores(db, MODEL, [{ ...makeScore(itemsA[4]!, MODEL), status: 'empty', scores: null }]);
  await writeScores(
    db,
    OTHER_MODEL,
    itemsA.slice(0, 40).map((item) => makeScore(item, OTHER_MODEL, 0.9)),
  );
  await beginArchive(db, ARCHIVE_B);
  const moved = itemsA
    .slice(100, 110)
    .map((item) => ({ ...item, archiveId: ARCHIVE_B, platform: 'facebook' as const }));
  await writeImportChunk(db, {
    archiveId: ARCHIVE_B,
    items: [...makeItems(ARCHIVE_B, 500, 30), ...moved],
    exposures: [makeExposure(ARCHIVE_B, 2)],
  });
  await setReview(db, itemsA[0]!.id, 'not_divisive');
  await setReview(db, moved[0]!.id, 'not_misleading');
}

describe("the report's copy of items and scores", () => {
  it('gives the same report as the tables, and the same items and scores but the text', async () => {
    db = await openTestDb();
    await seedHistory();

    const facts = await loadReportFacts(db, MODEL);
    const inputs = await loadReportInputs(db, { modelId: MODEL });

    expect(await outOfStep()).toEqual([]);
    expect(report(facts)).toEqual(report(inputs));
    const sortById = <T extends { id: string }>(rows: readonly T[]) =>
      [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(sortById(facts.items)).toEqual(
      sortById(inputs.items.map(({ v: _v, text: _text, sourcePath: _source, ...fields }) => fields)),
    );
    const byItem = (rows: readonly Score[]) => [...rows].sort((a, b) => (a.itemId < b.itemId ? -1 : 1));
    expect(byItem(facts.scores)).toEqual(
      byItem(inputs.scores.map(({ archiveId: _archive, ...score }) => score)),
    );
    expect(facts.scores.every((score) => score.modelId === MODEL)).toBe(true);
    expect(facts.exposures).toEqual(inputs.exposures);
    expect(facts.reviews).toEqual(inputs.reviews);
    const moved = facts.items.filter((item) => item.archiveId === ARCHIVE_B && item.id.startsWith(ARCHIVE_A));
    expect(moved).toHaveLength(10);
  });

  it('drops what a deleted archive held, items moved out of it excepted, and everything once both are gone', async () => {
    db = await openTestDb();
    await seedHistory();

    await deleteArchive(db, ARCHIVE_A);
    const afterA = await loadReportFacts(db, MODEL);
    expect(await outOfStep()).toEqual([]);
    expect(afterA.items.map((item) => item.archiveId)).toEqual(Array(40).fill(ARCHIVE_B));
    expect(afterA.scores).toHaveLength(0);

    await deleteArchive(db, ARCHIVE_B);
    expect(await db.itemFacts.count()).toBe(0);
    expect(await db.scoreFacts.count()).toBe(0);
  });

  it('is rebuilt from the tables when it disagrees with the stored counts, then read', async () => {
    db = await openTestDb();
    await seedHistory();
    const expected = report(await loadReportInputs(db, { modelId: MODEL }));
    // Behind the API's back, as a damaged or hand-edited database could be.
    await db.itemFacts.limit(1).delete();
    await db.scoreFacts.clear();
    expect((await outOfStep()).length).toBeGreaterThan(0);

    expect(report(await loadReportFacts(db, MODEL))).toEqual(expected);
    expect(await outOfStep()).toEqual([]);
  });

  it('is built from the tables by the upgrade to schema version 7', async () => {
    const name = uniqueDbName();
    const v6 = await openLoupeDb({ name, versions: SCHEMA_VERSIONS.slice(0, 6) });
    // More than one rebuild page (2,000 rows) of items and of scores.
    const items = [...makeItems(ARCHIVE_A, 0, 2_300), ...makeItems(ARCHIVE_B, 0, 200)];
    await v6.table('items').bulkPut(items);
    await v6
      .table('scores')
      .bulkPut(
        [...items.map((item) => makeScore(item, MODEL, 0.8)), makeScore(items[0]!, OTHER_MODEL)].map(
          (score, index) => ({ ...score, archiveId: items[index]?.archiveId ?? ARCHIVE_A }),
        ),
      );
    v6.close();

    db = await openLoupeDb({ name });

    expect(await outOfStep()).toEqual([]);
    expect(await db.itemFacts.count()).toBe(2);
    const facts = await loadReportFacts(db, MODEL);
    expect(facts.items).toHaveLength(2_500);
    expect(facts.scores).toHaveLength(2_500);
    expect((await loadReportFacts(db, OTHER_MODEL)).scores).toHaveLength(1);
  });
});

describe('score columns', () => {
  it('keep every label value exactly, a missing score as none, and the latest of a repeated item', () => {
    const [first, second] = makeItems(ARCHIVE_A, 0, 2);
    // Each label its own value: a value stored under another label would show.
    const precise: Score = {
      ...makeScore(first!, MODEL),
      scores: Object.fromEntries(LABELS.map((label, index) => [label, (index + 0.1 + 0.2) / 10])) as Record<
        Label,
        number
      >,
    };
    const empty: Score = {
      ...makeScore(second!, MODEL),
      status: 'unsupported_language',
      language: 'de',
      scores: null,
    };
    const rescored = makeScore(first!, MODEL, 0.7);

    const scores = reportScoresOf([scoreFactsOf(MODEL, [precise, empty]), scoreFactsOf(MODEL, [rescored])]);

    expect(scores).toEqual([rescored, empty]);
    expect(reportScoresOf([scoreFactsOf(MODEL, [precise])])).toEqual([precise]);
    expect(() => scoreFactsOf(OTHER_MODEL, [precise])).toThrow(RangeError);
  });
});
