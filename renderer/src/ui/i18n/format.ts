/** Locale-aware number, percentage, month and date formatting for the UI. */
export function formatNumber(locale: string, value: number): string {
  return new Intl.NumberFormat(locale).format(value);
}

export function formatShare(locale: string, share: number): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** `month` is 'YYYY-MM' in UTC. */
export function formatMonth(locale: string, month: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  if (!year || !monthNumber) return month;
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    Date.UTC(year, monthNumber - 1, 1),
  );
}

export function formatDate(locale: string, epochMs: number | null): string {
  if (epochMs === null) return '—';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(epochMs);
}

export function formatDuration(locale: string, seconds: number): string {
  const format = (value: number, unit: 'second' | 'minute' | 'hour') =>
    new Intl.NumberFormat(locale, {
      style: 'unit',
      unit,
      unitDisplay: 'long',
      maximumFractionDigits: 0,
    }).format(value);
  if (seconds < 90) return format(Math.max(1, Math.round(seconds)), 'second');
  if (seconds < 90 * 60) return format(Math.round(seconds / 60), 'minute');
  return format(Math.round(seconds / 3600), 'hour');
}
