import type { TFunction } from 'i18next';
import { isMonthKey } from '../../core/report';
import { formatMonth } from '../i18n/format';

/** Namespaces that already translate the summary's controlled vocabulary (labels, kinds, buckets...). */
const VOCABULARIES = [
  'summary.value',
  'labels',
  'directions',
  'kinds',
  'overview.bucket',
  'exposure.category',
  'items.verdict',
];

/** A readable name for a row or column key of the summary: a month, a label, a kind... or the key itself. */
export function summaryKeyLabel(t: TFunction, locale: string, key: string): string {
  if (isMonthKey(key)) return formatMonth(locale, key);
  for (const namespace of VOCABULARIES) {
    const translated = t(`${namespace}.${key}`, { defaultValue: '' });
    if (translated) return translated;
  }
  return key;
}
