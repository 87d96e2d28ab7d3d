export interface ClassifyBenchConfig {
  readonly texts: readonly string[];
  readonly threads: number;
  readonly dtype: 'q8' | 'fp32';
  readonly batchSizes: readonly number[];
  readonly repeats: number;
}

export interface ClassifyBenchResult {
  readonly threads: number;
  readonly crossOriginIsolated: boolean;
  readonly loadMs: number;
  /** Texts per second at each batch size (fastest of the repeats). */
  readonly textsPerSecond: Record<number, number>;
}

export interface StorageBenchResult {
  readonly items: number;
  readonly bulkWriteMs: number;
  readonly scoreWriteMs: number;
  /** Every item, with its text, and score as rows: what the Items page reads. */
  readonly loadInputsMs: number;
  /** The report's copy of the items and scores (see db/report-facts.ts): what the report worker reads. */
  readonly loadFactsMs: number;
  readonly buildReportMs: number;
}

export interface LoupeBench {
  classify(config: ClassifyBenchConfig): Promise<ClassifyBenchResult>;
  storage(items: number): Promise<StorageBenchResult>;
  /** Reviews one item through the app's storage functions: the data any cached report describes changes. */
  reviewOneItem(): Promise<void>;
}

declare global {
  interface Window {
    loupeBench?: LoupeBench;
  }
}
