import * as Comlink from 'comlink';
import type { ReportModel } from '../core/report';
import { loadReportInputs, openLoupeDb, type ReportInputs } from '../db';
import { computeReport, type ReportRequest } from '../ui/services/report-scope';

/*
 * The report worker reads every item and score and computes the report off the page's thread: with 100,000
 * items, reading them back alone takes seconds, and the page stays responsive (and paints the cached report).
 */

/** The inputs of the last data version read, so that moving the timeline brush reads nothing again. */
let last: { key: string; inputs: ReportInputs } | null = null;

/** One report at a time: two 100,000-item input sets in memory at once would double the worker's peak. */
let queue: Promise<unknown> = Promise.resolve();

const api = {
  /** The report for a request, from the data as of `version` (the page's data version). */
  build(request: ReportRequest, version: string): Promise<ReportModel> {
    const next = queue.then(() => buildNow(request, version));
    queue = next.catch(() => undefined);
    return next;
  },
};

async function buildNow(request: ReportRequest, version: string): Promise<ReportModel> {
  const key = JSON.stringify([version, request.modelId]);
  if (last?.key !== key) {
    last = null;
    // A connection per read: none is left open to block "delete everything" or an upgrade.
    const db = await openLoupeDb();
    try {
      last = { key, inputs: await loadReportInputs(db, { modelId: request.modelId }) };
    } finally {
      db.close();
    }
  }
  return computeReport(last.inputs, request);
}

export type ReportWorkerApi = typeof api;
Comlink.expose(api);
