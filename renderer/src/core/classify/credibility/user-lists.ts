import type { DomainList, ListedBucket, ListedDomain } from './types';

export type UserListResult =
  | { readonly ok: true; readonly list: DomainList; readonly problems: readonly string[] }
  | { readonly ok: false; readonly error: string };

const BUCKETS: ReadonlySet<string> = new Set(['low', 'mixed']);
const DOMAIN_KEY = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(\/[^\s]*)?$/;

export function normalizeDomainKey(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');
}

interface RawEntry {
  readonly domain: unknown;
  readonly rating: unknown;
  readonly tags?: unknown;
}

function toEntry(raw: RawEntry, name: string, where: string): [string, ListedDomain] | string {
  if (typeof raw.domain !== 'string') return `${where}: no domain`;
  const domain = normalizeDomainKey(raw.domain);
  if (!DOMAIN_KEY.test(domain)) return `${where}: "${raw.domain}" is not a domain`;
  const rating = typeof raw.rating === 'string' ? raw.rating.trim().toLowerCase() : '';
  if (!BUCKETS.has(rating)) return `${where}: rating must be low or mixed`;
  const tags = Array.isArray(raw.tags)
    ? raw.tags.filter((tag): tag is string => typeof tag === 'string')
    : typeof raw.tags === 'string'
      ? raw.tags.split(';')
      : [];
  return [
    domain,
    { bucket: rating as ListedBucket, sources: [name], tags: tags.map((tag) => tag.trim()).filter(Boolean) },
  ];
}

function parseJson(text: string, fallbackName: string): { name: string; rows: RawEntry[] } | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'not valid JSON';
  }
  const record =
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  const rows = Array.isArray(value) ? value : record?.domains;
  if (!Array.isArray(rows)) return 'expected an array of entries or {"name", "domains": [...]}';
  const name =
    typeof record?.name === 'string' && record.name.trim() !== '' ? record.name.trim() : fallbackName;
  return {
    name,
    rows: rows.map((row) =>
      typeof row === 'object' && row !== null ? (row as RawEntry) : { domain: null, rating: null },
    ),
  };
}

function parseCsv(text: string): RawEntry[] {
  const rows: RawEntry[] = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const [domain = '', rating = '', tags = ''] = trimmed
      .split(',')
      .map((cell) => cell.trim().replace(/^"|"$/g, ''));
    if (domain.toLowerCase() === 'domain' && rating.toLowerCase() === 'rating') continue;
    rows.push({ domain, rating, tags });
  }
  return rows;
}

/**
 * Reads a user's domain list (format in CREDIBILITY.md): JSON `{"name", "domains": [{"domain", "rating",
 * "tags"}]}` or CSV `domain,rating,tags`. Bad rows are skipped and reported; a list with no usable row fails.
 */
export function parseUserDomainList(text: string, fallbackName = 'my list'): UserListResult {
  const isJson = /^\s*[[{]/.test(text);
  const parsed = isJson ? parseJson(text, fallbackName) : { name: fallbackName, rows: parseCsv(text) };
  if (typeof parsed === 'string') return { ok: false, error: parsed };
  const entries = new Map<string, ListedDomain>();
  const problems: string[] = [];
  parsed.rows.forEach((row, index) => {
    const entry = toEntry(row, parsed.name, isJson ? `entry ${index + 1}` : `row ${index + 1}`);
    if (typeof entry === 'string') problems.push(entry);
    else entries.set(entry[0], entry[1]);
  });
  if (entries.size === 0) return { ok: false, error: problems[0] ?? 'the list is empty' };
  return { ok: true, list: { name: parsed.name, entries }, problems };
}
