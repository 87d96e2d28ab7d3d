import { asEpochMs, type EpochMs } from '../model';

/** Seconds since the epoch (Meta's `timestamp`, `creation_timestamp`...), or ms when the value is > 1e11. */
export function fromSeconds(value: unknown): EpochMs | null {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return null;
  return asEpochMs(Math.round(value > 1e11 ? value : value * 1000));
}

/** Milliseconds since the epoch (`timestamp_ms`); a value under 1e11 is read as seconds. */
export function fromMilliseconds(value: unknown): EpochMs | null {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return null;
  return asEpochMs(Math.round(value < 1e11 ? value * 1000 : value));
}

/** The first usable of several seconds-fields. */
export function firstSeconds(...values: unknown[]): EpochMs | null {
  for (const value of values) {
    const time = fromSeconds(value);
    if (time !== null) return time;
  }
  return null;
}
