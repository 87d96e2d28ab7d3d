import type { EpochMs } from '../../../model';
import type { HtmlBlock } from '../../html/page';
import {
  accountFromUrl,
  findLabel,
  isObject,
  labelValues,
  recordTime,
  str,
  stringList,
  stringMap,
  type Json,
} from '../../shapes';
import type { FileOutput } from '../types';

/** What an activity record (liked, saved, viewed, followed, searched...) says, in any of the three dialects. */
export interface Activity {
  readonly account: string | null;
  readonly url: string | null;
  /** A caption or term: text, when the record has one. */
  readonly text: string | null;
  readonly timestamp: EpochMs | null;
}

const hasWord = (value: string | null): value is string => value !== null && /[\p{L}\p{N}]/u.test(value);

export function readActivity(record: Json, out: FileOutput): Activity {
  const timestamp = recordTime(record);
  if (Array.isArray(record.label_values)) {
    const values = labelValues(record);
    const url = findLabel(values, 'url') ?? findLabel(values, 'websiteLink');
    const account =
      findLabel(values, 'username', 'owner') ??
      findLabel(values, 'name', 'owner') ??
      findLabel(values, 'username') ??
      findLabel(values, 'author') ??
      findLabel(values, 'name', 'author');
    const text =
      findLabel(values, 'caption') ??
      findLabel(values, 'websiteTitle') ??
      findLabel(values, 'search') ??
      findLabel(values, 'text');
    for (const value of values) if (value.field === null && value.label) out.unknownLabels.add(value.label);
    return {
      account: account?.value ?? str(record.title) ?? accountFromUrl(url?.href ?? url?.value ?? null),
      url: url?.href ?? url?.value ?? null,
      text: text?.value ?? null,
      timestamp,
    };
  }
  const { cells, unknown } = stringMap(record);
  for (const label of unknown.keys()) out.unknownLabels.add(label);
  const list = stringList(record);
  const first = list[0];
  const href =
    first?.href ?? [...cells.values(), ...unknown.values()].find((cell) => cell.href)?.href ?? null;
  const listValue = first?.value ?? null;
  const account =
    str(record.title) ??
    cells.get('author')?.value ??
    cells.get('username')?.value ??
    cells.get('mediaOwner')?.value ??
    (cells.has('search') ? null : cells.get('name')?.value) ??
    (hasWord(listValue) ? listValue : null) ??
    accountFromUrl(href);
  const text = cells.get('search')?.value ?? cells.get('caption')?.value ?? cells.get('text')?.value ?? null;
  return { account: account ?? null, url: href, text, timestamp };
}

/** The same record shape from an HTML block: heading = title, rows = `string_map_data`, text = list value. */
export function recordFromBlock(block: HtmlBlock): Json {
  const map: Json = {};
  for (const row of block.rows) {
    map[row.label] = { value: row.value, href: row.href, timestamp: row.time === null ? 0 : row.time / 1000 };
  }
  return {
    title: block.heading ?? '',
    string_map_data: map,
    string_list_data: [
      {
        value: block.text ?? '',
        href: block.links[0] ?? '',
        timestamp: block.time === null ? 0 : block.time / 1000,
      },
    ],
  };
}

export const isRecordList = (records: readonly unknown[]): boolean => records.every(isObject);
