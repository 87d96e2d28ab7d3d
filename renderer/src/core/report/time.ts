import type { MonthKey } from './types';

/** The UTC month of a time in ms, `YYYY-MM`. */
export const monthOf = (ms: number): MonthKey => monthKeyOfIndex(monthIndex(ms));

/** Index of a month counted from year 0, so that months can be compared and stepped. */
export function monthIndex(ms: number): number {
  // Civil-from-days (H. Hinnant): no Date object, so 100,000 calls allocate nothing.
  const days = Math.floor(ms / 86_400_000) + 719_468;
  const era = Math.floor(days / 146_097);
  const dayOfEra = days - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shiftedMonth < 10 ? shiftedMonth + 2 : shiftedMonth - 10;
  const year = yearOfEra + era * 400 + (month < 2 ? 1 : 0);
  return year * 12 + month;
}

export function monthKeyOfIndex(index: number): MonthKey {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}`;
}

/** Every month from `first` to `last` inclusive. */
export function monthsBetween(firstIndex: number, lastIndex: number): MonthKey[] {
  const months: MonthKey[] = [];
  for (let index = firstIndex; index <= lastIndex; index++) months.push(monthKeyOfIndex(index));
  return months;
}

/** The first ms of a `YYYY-MM` month, and the first ms of the next one. */
export function monthBounds(month: MonthKey): { start: number; end: number } {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return { start: Date.UTC(year, monthNumber - 1, 1), end: Date.UTC(year, monthNumber, 1) };
}

export const isMonthKey = (value: string): boolean => /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
