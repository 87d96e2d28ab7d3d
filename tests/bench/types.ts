/** One measured figure of a benchmark, printed as a table row by `npm run bench`. */
export interface BenchRow {
  readonly bench: string;
  readonly case: string;
  readonly metric: string;
  readonly value: number;
  readonly unit: string;
  readonly note?: string;
}

export interface Benchmark {
  readonly name: string;
  readonly summary: string;
  run(): Promise<BenchRow[]>;
}
