/** What the classification and import workers report; shared by both ends of the worker boundary. */
export interface RunProgress {
  readonly phase: 'importing' | 'classifying';
  readonly done: number;
  readonly total: number;
  /** Items per second over the current run; null until measurable. */
  readonly ratePerSecond: number | null;
  /** Seconds left at the current rate; null when unknown. */
  readonly secondsLeft: number | null;
}

export type RunOutcome = 'done' | 'paused' | 'cancelled';

/** Measures the rate of a run from its counts over time. */
export class RateMeter {
  private readonly startedAt: number;
  private readonly startDone: number;

  constructor(done: number, now = Date.now()) {
    this.startedAt = now;
    this.startDone = done;
  }

  progress(phase: RunProgress['phase'], done: number, total: number, now = Date.now()): RunProgress {
    const seconds = (now - this.startedAt) / 1000;
    const ratePerSecond = seconds >= 1 && done > this.startDone ? (done - this.startDone) / seconds : null;
    const secondsLeft = ratePerSecond ? Math.max(0, total - done) / ratePerSecond : null;
    return { phase, done, total, ratePerSecond, secondsLeft };
  }
}
