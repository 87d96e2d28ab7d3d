import type { EpochMs } from '../model';
import { fieldOfLabel, type LabelField } from './labels';
import { fromSeconds } from './time';

/** A parsed JSON object, read defensively: Meta publishes no schema. */
export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export const objects = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);

export const str = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

/**
 * The list of records of a file, whatever its dialect: a bare list, a single record, an object wrapping the
 * list under one of `keys`, under a `*_v2`/`*_v3` key, or under its only list-valued key.
 */
export function recordsOf(doc: unknown, keys: readonly string[] = []): Json[] {
  if (Array.isArray(doc)) return objects(doc);
  if (!isObject(doc)) return [];
  for (const key of keys) {
    const value = doc[key];
    if (Array.isArray(value)) return objects(value);
    if (isObject(value)) return recordsOf(value, keys);
  }
  // A single record (the 2025 sample's one-post `posts_1.json`, a lone `label_values` object).
  if (looksLikeRecord(doc)) return [doc];
  const versioned = Object.keys(doc).find((key) => /_v\d$/.test(key));
  if (versioned !== undefined) {
    const value = doc[versioned];
    return Array.isArray(value) ? objects(value) : isObject(value) ? [value] : [];
  }
  const lists = Object.values(doc).filter(Array.isArray);
  return lists.length === 1 ? objects(lists[0]) : [];
}

const looksLikeRecord = (doc: Json): boolean =>
  'label_values' in doc ||
  'string_map_data' in doc ||
  'string_list_data' in doc ||
  'media' in doc ||
  'title' in doc;

/** One `{href, value, timestamp}` cell of an Instagram record. */
export interface Cell {
  readonly value: string | null;
  readonly href: string | null;
  readonly timestamp: EpochMs | null;
}

const cellOf = (raw: unknown): Cell => {
  const object = isObject(raw) ? raw : {};
  return { value: str(object.value), href: str(object.href), timestamp: fromSeconds(object.timestamp) };
};

/** The `string_map_data` cells by field, through the label tables; unknown labels go to `unknown`. */
export function stringMap(record: Json): { cells: Map<LabelField, Cell>; unknown: Map<string, Cell> } {
  const cells = new Map<LabelField, Cell>();
  const unknown = new Map<string, Cell>();
  const map = record.string_map_data;
  if (isObject(map)) {
    for (const [label, raw] of Object.entries(map)) {
      const field = fieldOfLabel(label);
      if (field && !cells.has(field)) cells.set(field, cellOf(raw));
      else if (!field) unknown.set(label, cellOf(raw));
    }
  }
  return { cells, unknown };
}

export const stringList = (record: Json): Cell[] => objects(record.string_list_data).map(cellOf);

/** One scalar found in a `label_values` tree, with the group titles above it. */
export interface LabelValue {
  readonly groups: readonly string[];
  readonly label: string;
  readonly field: LabelField | null;
  readonly value: string | null;
  readonly href: string | null;
  readonly timestamp: EpochMs | null;
}

/** Flattens a `label_values` item (scalars, `timestamp_value`s, `vec`s, titled `dict` groups) in document order. */
export function labelValues(item: Json): LabelValue[] {
  const out: LabelValue[] = [];
  const walk = (entries: unknown, groups: readonly string[]) => {
    for (const entry of objects(entries)) {
      const label = str(entry.label) ?? '';
      const base = { groups, label, field: label ? fieldOfLabel(label) : null };
      if ('value' in entry || 'timestamp_value' in entry || 'href' in entry) {
        out.push({
          ...base,
          value: str(entry.value),
          href: str(entry.href),
          timestamp: fromSeconds(entry.timestamp_value),
        });
      }
      if (Array.isArray(entry.vec)) {
        for (const element of objects(entry.vec)) {
          if ('value' in element)
            out.push({ ...base, value: str(element.value), href: str(element.href), timestamp: null });
          if (Array.isArray(element.dict)) walk(element.dict, label ? [...groups, label] : groups);
        }
      }
      if (Array.isArray(entry.dict)) {
        const title = str(entry.title) ?? label;
        walk(entry.dict, title ? [...groups, title] : groups);
      }
    }
  };
  walk(item.label_values, []);
  return out;
}

/**
 * The scalar entries (`value` / `timestamp_value`) of each nested `dict` of a `label_values` item, one list per
 * dict that holds scalars, in document order: the entities of a list-like item (the messages of a conversation,
 * the profiles of a history). The item's own top-level scalars are not included.
 */
export function labelGroups(item: Json): Json[][] {
  const groups: Json[][] = [];
  const nested = (entries: unknown, visit: (dict: unknown[]) => void) => {
    for (const entry of objects(entries)) {
      if (Array.isArray(entry.dict)) visit(entry.dict);
      for (const element of objects(entry.vec)) if (Array.isArray(element.dict)) visit(element.dict);
    }
  };
  const walk = (entries: unknown[]) => {
    const scalars = objects(entries).filter((entry) => 'value' in entry || 'timestamp_value' in entry);
    if (scalars.length > 0) groups.push(scalars);
    nested(entries, walk);
  };
  nested(item.label_values, walk);
  return groups;
}

/** The first value of `field`, optionally only inside a group whose title maps to `group`. */
export function findLabel(
  values: readonly LabelValue[],
  field: LabelField,
  group?: LabelField,
): LabelValue | null {
  for (const value of values) {
    if (value.field !== field) continue;
    if (group === undefined || value.groups.some((title) => fieldOfLabel(title) === group)) return value;
  }
  return null;
}

/** The first non-zero time of a record, wherever its dialect keeps it. */
export function recordTime(record: Json): EpochMs | null {
  for (const key of ['timestamp', 'creation_timestamp', 'timestamp_value'] as const) {
    const time = fromSeconds(record[key]);
    if (time !== null) return time;
  }
  for (const cell of stringList(record)) if (cell.timestamp !== null) return cell.timestamp;
  const map = record.string_map_data;
  if (isObject(map)) {
    for (const raw of Object.values(map)) {
      const time = isObject(raw) ? fromSeconds(raw.timestamp) : null;
      if (time !== null) return time;
    }
  }
  for (const value of labelValues(record)) if (value.timestamp !== null) return value.timestamp;
  return null;
}

/** The account name at the end of an instagram.com / facebook.com URL. */
export function accountFromUrl(href: string | null): string | null {
  if (!href) return null;
  const match =
    /^https?:\/\/(?:www\.)?(?:instagram|facebook|threads)\.(?:com|net)\/(?:_u\/)?([A-Za-z0-9._-]+)\/?$/.exec(
      href,
    );
  return match ? match[1]! : null;
}

/** A file that holds no records but whose shape is known to be empty: `[]`, `{}` or `{key: []}`. */
export function isEmptyShape(doc: unknown): boolean {
  if (Array.isArray(doc)) return true;
  if (!isObject(doc)) return false;
  const values = Object.values(doc);
  return values.length === 0 || values.some((value) => Array.isArray(value) && value.length === 0);
}
