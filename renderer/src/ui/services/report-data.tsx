import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Thresholds } from '../../core/model';
import { rateUrl, type DomainList } from '../../core/classify/credibility';
import { buildReport, monthBounds, type MonthKey, type RateUrl, type ReportModel } from '../../core/report';
import { loadReportInputs, type LoupeDb, type ReportInputs, type UserCredibilityList } from '../../db';
import { useDb } from '../hooks/useDb';
import { toDomainList } from './credibility-lists';
import { bundledManifest } from './model-manifest';

declare const __APP_VERSION__: string;

export interface MonthRange {
  readonly from: MonthKey;
  readonly to: MonthKey;
}

export interface ReportData {
  readonly db: LoupeDb | null;
  readonly loading: boolean;
  readonly inputs: ReportInputs | null;
  readonly report: ReportModel | null;
  readonly thresholds: Thresholds | null;
  readonly modelId: string | null;
  readonly rateUrl: RateUrl;
  /** The timeline brush: when set, every view counts only items dated inside it. */
  readonly range: MonthRange | null;
  setRange(range: MonthRange | null): void;
}

const ReportDataContext = createContext<ReportData | null>(null);

/**
 * The last report and the data version it was computed from. Reading 100,000 items back from IndexedDB takes
 * seconds, so the Overview first shows the cached report of unchanged data, then the recomputed one.
 */
const REPORT_CACHE_KEY = 'reportCache';

interface ReportCache {
  readonly version: string;
  readonly report: ReportModel;
}

/** Recomputing the report on every chunk of an import would make the page stutter. */
const REFRESH_INTERVAL_MS = 1500;

const NO_LISTS: readonly DomainList[] = [];

/** Rates links against the bundled lists and the user's lists (the `userCredibilityLists` setting, live). */
function useRateUrl(db: LoupeDb | null): RateUrl {
  const stored = useLiveQuery(
    async () => (db ? ((await db.settings.get('userCredibilityLists'))?.value ?? null) : null),
    [db],
    null,
  );
  return useMemo(() => {
    const lists = Array.isArray(stored) ? (stored as UserCredibilityList[]).map(toDomainList) : NO_LISTS;
    return (url: string) => rateUrl(url, lists);
  }, [stored]);
}

function useDataVersion(db: LoupeDb | null): string | null {
  return (
    useLiveQuery(
      async () => {
        if (!db) return null;
        const [archives, items, exposures, scores, reviews, settings] = await Promise.all([
          db.archives.toArray(),
          db.items.count(),
          db.exposures.count(),
          db.scores.count(),
          db.reviews.toArray(),
          db.settings.toArray(),
        ]);
        return JSON.stringify([
          archives.map((archive) => [archive.id, archive.status]),
          items,
          exposures,
          scores,
          reviews.map((review) => [review.itemId, review.verdict]),
          settings.filter((row) => row.key !== REPORT_CACHE_KEY),
        ]);
      },
      [db],
      null,
    ) ?? null
  );
}

function useThrottled<T>(value: T, intervalMs: number): T {
  const [throttled, setThrottled] = useState(value);
  const [lastSet, setLastSet] = useState(0);
  useEffect(() => {
    const wait = Math.max(0, lastSet + intervalMs - Date.now());
    const timer = setTimeout(() => {
      setThrottled(value);
      setLastSet(Date.now());
    }, wait);
    return () => clearTimeout(timer);
  }, [value, intervalMs, lastSet]);
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
  if (!defaults) return { thresholds: null, modelId: null };
  return {
    // The user's thresholds override the model's own per label.
    thresholds: { ...defaults.thresholds, ...(stored?.thresholds ?? {}) },
    modelId: stored?.modelId ?? defaults.modelId,
  };
}

function inRange(inputs: ReportInputs, range: MonthRange | null): ReportInputs {
  if (!range) return inputs;
  const start = monthBounds(range.from).start;
  const end = monthBounds(range.to).end;
  const inside = (timestamp: number | null) => timestamp !== null && timestamp >= start && timestamp < end;
  const items = inputs.items.filter((item) => inside(item.timestamp));
  const kept = new Set(items.map((item) => item.id));
  return {
    items,
    exposures: inputs.exposures.filter((exposure) => inside(exposure.timestamp)),
    scores: inputs.scores.filter((score) => kept.has(score.itemId)),
    reviews: inputs.reviews.filter((review) => kept.has(review.itemId)),
  };
}

export function ReportDataProvider({ children }: { children: ReactNode }) {
  const db = useDb();
  const version = useThrottled(useDataVersion(db), REFRESH_INTERVAL_MS);
  const { thresholds, modelId } = useModelSettings(db);
  const rate = useRateUrl(db);
  // undefined until looked up: loading every item waits for it, so that a cached report paints first.
  const [cached, setCached] = useState<ReportCache | null | undefined>(undefined);
  useEffect(() => {
    if (!db) return;
    void db.settings
      .get(REPORT_CACHE_KEY)
      .then((row) => setCached((row?.value as ReportCache | undefined) ?? null))
      .catch(() => setCached(null));
  }, [db]);
  const cacheChecked = cached !== undefined;

  const [inputs, setInputs] = useState<ReportInputs | null>(null);
  /** The data version the loaded inputs reflect. */
  const [inputsVersion, setInputsVersion] = useState<string | null>(null);
  const [range, setRange] = useState<MonthRange | null>(null);

  useEffect(() => {
    if (!db || version === null || !modelId || !cacheChecked) return;
    let live = true;
    void loadReportInputs(db, { modelId }).then((loaded) => {
      if (!live) return;
      setInputs(loaded);
      setInputsVersion(version);
    });
    return () => {
      live = false;
    };
  }, [db, version, modelId, cacheChecked]);

  const computed = useMemo(() => {
    if (!inputs || !thresholds || !modelId) return null;
    const scoped = inRange(inputs, range);
    return buildReport(scoped.items, scoped.exposures, scoped.scores, scoped.reviews, thresholds, {
      appVersion: __APP_VERSION__,
      rateUrl: rate,
      modelId,
    });
  }, [inputs, thresholds, modelId, range, rate]);

  useEffect(() => {
    if (!db || !computed || range || !inputsVersion) return;
    void db.settings.put({ key: REPORT_CACHE_KEY, value: { version: inputsVersion, report: computed } });
  }, [db, computed, range, inputsVersion]);

  const fromCache = !computed && !range && cached && cached.version === version ? cached.report : null;
  const report = computed ?? fromCache;

  const value: ReportData = {
    db,
    loading: report === null,
    inputs,
    report,
    thresholds,
    modelId,
    rateUrl: rate,
    range,
    setRange,
  };
  return <ReportDataContext.Provider value={value}>{children}</ReportDataContext.Provider>;
}

export function useReportData(): ReportData {
  const data = useContext(ReportDataContext);
  if (!data) throw new Error('useReportData outside ReportDataProvider');
  return data;
}
