import type { Random } from './random';

/** The demo export was requested on this day; its content spans the two years before it. */
export const EXPORT_DATE = '2026-01-12';
const EXPORT_MS = Date.UTC(2026, 0, 12, 9, 30, 0);
const START_MS = Date.UTC(2024, 0, 8);
const DAY_MS = 86_400_000;

/** Timestamps for the demo: whole seconds where Meta writes seconds, milliseconds where it writes ms. */
export interface Clock {
  /** `count` whole-second times spread over the two years, oldest first. */
  spread(count: number): number[];
  /** A whole-second time in the last `days` days before the export (Meta keeps only a week of feed views). */
  recent(days: number): number;
  /** `count` millisecond times of one conversation, oldest first, minutes apart. */
  conversation(count: number): number[];
}

export function createClock(random: Random): Clock {
  const wholeSecond = (ms: number): number => Math.floor(ms / 1000) * 1000;
  const between = (from: number, to: number): number => from + Math.floor(random.next() * (to - from));
  const endOfRange = EXPORT_MS - 8 * DAY_MS;
  return {
    spread(count) {
      return Array.from({ length: count }, () => wholeSecond(between(START_MS, endOfRange))).sort(
        (a, b) => a - b,
      );
    },
    recent(days) {
      return wholeSecond(between(EXPORT_MS - days * DAY_MS, EXPORT_MS - 3_600_000));
    },
    conversation(count) {
      let at = between(START_MS, endOfRange - DAY_MS);
      return Array.from({ length: count }, () => {
        at += random.int(20_000, 3 * 3_600_000);
        return at;
      });
    },
  };
}

export const exportDateSeconds = (): number => Math.floor(EXPORT_MS / 1000);
