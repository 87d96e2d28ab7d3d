import * as Comlink from 'comlink';
import type { ReportModel } from '../core/report';
import { loadReportFacts, openLoupeDb, type VersionedReportFacts } from '../db';
import { computeReport, type ReportRequest } from '../ui/services/report-scope';

/*
 * The report worker reads the report's copy of every item and score (every model's) and computes the report off
 * the page's thread, which stays responsive (and paints the cached report) meanwhile.
 */

/** The facts last read, so that moving the timeline brush or switching models reads nothing again. */
let last: VersionedReportFacts | null = null;

/** One read or report at a time: two 100,000-item sets in memory at once would double the worker's peak. */
let queue: Promise<unknown> = Promise.resolve();

function serially<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task);
  queue = next.catch(() => undefined);
  return next;
}

const api = {
  /** Reads the current facts ahead of a request, whose data version the page is still working out. */
  prefetch(): Promise<void> {
    return serially(async () => {
      last = await readFacts();
    });
  },
  /** The report for a request, from the data as of `version` (the page's data version). */
  build(request: ReportRequest, version: string): Promise<ReportModel> {
    return serially(async () => {
      if (last?.dataVersion !== version) {
        last = null;
        last = await readFacts();
      }
      // Read at a newer version than the page's, they are the data as it is now: the page asks again when it
      // sees that version, and this read serves it.
      const { modelId } = request;
      return computeReport(
        { ...last, scores: last.scores.filter((score) => score.modelId === modelId) },
        request,
      );
    });
  },
};

async function readFacts(): Promise<VersionedReportFacts> {
  // A connection per read: none is left open to block "delete everything" or an upgrade.
  const db = await openLoupeDb();
  try {
    return await loadReportFacts(db);
  } finally {
    db.close();
  }
}

export type ReportWorkerApi = typeof api;
Comlink.expose(api);
