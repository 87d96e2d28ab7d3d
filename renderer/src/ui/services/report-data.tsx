import * as Comlink from 'comlink';
import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Thresholds } from '../../core/model';
import { rateUrl, type DomainList } from '../../core/classify/credibility';
import { REPORT_VERSION, type RateUrl, type ReportModel } from '../../core/report';
import {
  loadReportInputs,
  readDataVersion,
  REPORT_CACHE_KEY,
  type LoupeDb,
  type ReportInputs,
  type UserCredibilityList,
} from '../../db';
import type { ReportWorkerApi } from '../../workers/report.worker';
import { useDb } from '../hooks/useDb';
import { toDomainList } from './credibility-lists';
import { bundledManifest } from './model-manifest';
import { cachedRequestKey, type MonthRange, type ReportCache, type ReportRequest } from './report-scope';

export type { MonthRange } from './report-scope';

declare const __APP_VERSION__: string;

export interface ReportData {
  readonly db: LoupeDb | null;
  readonly loading: boolean;
  /** Every item, score and review: null until a view asks for them with useReportInputs, then loaded. */
  readonly inputs: ReportInputs | null;
  readonly report: ReportModel | null;
  /**
   * Whether `report` is an older one shown while the current one is computed: the data, the model or the
   * thresholds changed since it was (in this session, or before the app was last closed).
   */
  readonly updating: boolean;
  readonly thresholds: Thresholds | null;
  readonly modelId: string | null;
  readonly rateUrl: RateUrl;
  /** The timeline brush: when set, every view counts only items dated inside it. */
  readonly range: MonthRange | null;
  setRange(range: MonthRange | null): void;
  /** Asks for `inputs` (views that list or filter items); the Overview and its siblings need only `report`. */
  requestInputs(): void;
}

const ReportDataContext = createContext<ReportData | null>(null);

/** Recomputing the report on every chunk of an import would make the page stutter. */
const REFRESH_INTERVAL_MS = 1500;

const NO_LISTS: readonly UserCredibilityList[] = [];
const NO_DOMAIN_LISTS: readonly DomainList[] = [];

/** The user's credibility lists (the `userCredibilityLists` setting, live). */
function useUserLists(db: LoupeDb | null): readonly UserCredibilityList[] {
  const stored = useLiveQuery(
    async () => (db ? ((await db.settings.get('userCredibilityLists'))?.value ?? null) : null),
    [db],
    null,
  );
  return useMemo(() => (Array.isArray(stored) ? (stored as UserCredibilityList[]) : NO_LISTS), [stored]);
}

/** Rates links against the bundled lists and the user's lists. */
function useRateUrl(lists: readonly UserCredibilityList[]): RateUrl {
  return useMemo(() => {
    const domainLists = lists.length > 0 ? lists.map(toDomainList) : NO_DOMAIN_LISTS;
    return (url: string) => rateUrl(url, domainLists);
  }, [lists]);
}

/** The data version (see readDataVersion), live. */
function useDataVersion(db: LoupeDb | null): string | null {
  return useLiveQuery(async () => (db ? readDataVersion(db) : null), [db], null) ?? null;
}

/** `value`, changing at most once per interval; its first non-null value passes at once. */
function useThrottled<T>(value: T | null, intervalMs: number): T | null {
  const [throttled, setThrottled] = useState(value);
  const [lastSet, setLastSet] = useState(0);
  const first = throttled === null;
  useEffect(() => {
    // Waiting here held up the cached report's first paint by most of an interval.
    const wait = first ? 0 : Math.max(0, lastSet + intervalMs - Date.now());
    const timer = setTimeout(() => {
      setThrottled(value);
      if (value !== null) setLastSet(Date.now());
    }, wait);
    return () => clearTimeout(timer);
  }, [value, intervalMs, lastSet, first]);
  return throttled;
}

function useModelSettings(db: LoupeDb | null): { thresholds: Thresholds | null; modelId: string | null } {
  const [defaults, setDefaults] = useState<{ thresholds: Thresholds; modelId: string } | null>(null);
  useEffect(() => {
    void bundledManifest().then((manifest) =>
      setDefaults({ thresholds: manifest.thresholds, modelId: manifest.modelId }),
    );
  }, []);
  const stored = useLiveQuery(
    async () => {
      if (!db) return null;
      const [thresholds, model] = await Promise.all([
        db.settings.get('thresholds'),
        db.settings.get('selectedModelId'),
      ]);
      return {
        thresholds: (thresholds?.value as Thresholds | undefined) ?? null,
        modelId: (model?.value as string | null | undefined) ?? null,
      };
    },
    [db],
    null,
  );
  return useMemo(
    () =>
      defaults
        ? {
            // The user's thresholds override the model's own per label.
            thresholds: { ...defaults.thresholds, ...(stored?.thresholds ?? {}) },
            modelId: stored?.modelId ?? defaults.modelId,
          }
        : { thresholds: null, modelId: null },
    [defaults, stored],
  );
}

let reportWorker: Comlink.Remote<ReportWorkerApi> | null = null;
function reports(): Comlink.Remote<ReportWorkerApi> {
  reportWorker ??= Comlink.wrap<ReportWorkerApi>(
    new Worker(new URL('../../workers/report.worker.ts', import.meta.url), {
      type: 'module',
      name: 'report',
    }),
  );
  return reportWorker;
}

/**
 * Has the report worker start reading the data as the page starts, while the page works out the data version
 * and the request: with no report cached for this data, the Overview then waits for little more than the
 * computation.
 */
export function prefetchReportFacts(): void {
  void reports().prefetch();
}

export function ReportDataProvider({ children }: { children: ReactNode }) {
  const db = useDb();
  const version = useThrottled(useDataVersion(db), REFRESH_INTERVAL_MS);
  const { thresholds, modelId } = useModelSettings(db);
  const userLists = useUserLists(db);
  const rate = useRateUrl(userLists);
  const [range, setRange] = useState<MonthRange | null>(null);
  // undefined until looked up.
  const [cached, setCached] = useState<ReportCache | null | undefined>(undefined);
  useEffect(() => {
    if (!db) return;
    void db.settings
      .get(REPORT_CACHE_KEY)
      .then((row) => setCached((row?.value as ReportCache | undefined) ?? null))
      .catch(() => setCached(null));
  }, [db]);

  const request = useMemo<ReportRequest | null>(
    () =>
      thresholds && modelId
        ? { modelId, thresholds, range, userLists: [...userLists], appVersion: __APP_VERSION__ }
        : null,
    [thresholds, modelId, range, userLists],
  );
  const requestKey = useMemo(() => (request ? cachedRequestKey(request) : null), [request]);
  const cacheMatches =
    !range && cached?.version === version && version !== null && cached.request === requestKey;

  /** The report computed by the worker, with the data version and request it answers. */
  const [computed, setComputed] = useState<{ key: string; report: ReportModel } | null>(null);
  const computeKey = request && version !== null ? JSON.stringify([version, request]) : null;
  useEffect(() => {
    if (!db || !request || version === null || computeKey === null) return;
    if (cached === undefined || cacheMatches || computed?.key === computeKey) return;
    let live = true;
    void reports()
      .build(request, version)
      .then((report) => {
        if (live) setComputed({ key: computeKey, report });
      })
      .catch((error: unknown) => console.warn('Could not compute the report.', error));
    return () => {
      live = false;
    };
  }, [db, request, requestKey, computeKey, version, cached, cacheMatches, computed]);

  const fresh = computed?.key === computeKey ? computed.report : null;
  // While a new report is computed, the last one stays up (a brush move, a new chunk of an import), marked
  // as updating. So does the last cached one at start when the data changed since, or the app was updated: with
  // 100,000 items the new one takes about a second, and an outdated answer that says so beats an empty page. Not
  // one of another REPORT_VERSION, whose report may lack what this one shows (a test holds REPORT_VERSION to the
  // report's shape).
  const lastCached = !range && cached?.report.meta.version === REPORT_VERSION ? cached.report : null;
  // Nothing until the data version is read (milliseconds): whether the cached report is current is not known.
  const report =
    version === null
      ? null
      : (fresh ?? (cacheMatches ? cached.report : null) ?? computed?.report ?? lastCached);
  const updating = report !== null && report !== fresh && !(cacheMatches && report === cached.report);

  const [inputsWanted, setInputsWanted] = useState(false);
  const requestInputs = useCallback(() => setInputsWanted(true), []);
  const [inputs, setInputs] = useState<ReportInputs | null>(null);
  useEffect(() => {
    if (!db || version === null || !modelId || !inputsWanted) return;
    let live = true;
    void loadReportInputs(db, { modelId }).then((loaded) => {
      if (live) setInputs(loaded);
    });
    return () => {
      live = false;
    };
  }, [db, version, modelId, inputsWanted]);

  const value: ReportData = {
    db,
    loading: report === null,
    inputs,
    report,
    updating,
    thresholds,
    modelId,
    rateUrl: rate,
    range,
    setRange,
    requestInputs,
  };
  return <ReportDataContext.Provider value={value}>{children}</ReportDataContext.Provider>;
}

export function useReportData(): ReportData {
  const data = useContext(ReportDataContext);
  if (!data) throw new Error('useReportData outside ReportDataProvider');
  return data;
}

/**
 * Every item, score and review (loaded once `wanted`, then kept up to date); null while they load. Reading
 * them keeps the page's thread busy for a while: a view that can paint something first asks afterwards.
 */
export function useReportInputs(wanted = true): ReportInputs | null {
  const { inputs, requestInputs } = useReportData();
  useEffect(() => {
    if (wanted) requestInputs();
  }, [wanted, requestInputs]);
  return inputs;
}
