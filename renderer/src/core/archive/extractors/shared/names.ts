import { isObject, labelValues, objects, recordsOf, str, stringMap, type Json } from '../../shapes';
import type { FileOutput } from '../types';

/**
 * The names a targeting file lists (interests, topics, categories, advertisers), in any dialect: plain string
 * lists (`topics_v2`), `string_map_data` Name/Interest cells, `label_values` values and `vec`s, or
 * `advertiser_name` records.
 */
export function listedNames(doc: unknown, keys: readonly string[], out: FileOutput): string[] {
  const names: string[] = [];
  if (isObject(doc)) {
    for (const key of keys) {
      const value = doc[key];
      if (Array.isArray(value) && value.every((entry) => typeof entry === 'string')) {
        names.push(...(value as string[]).map((name) => str(name) ?? ''));
        return names;
      }
    }
  }
  for (const record of recordsOf(doc, keys)) names.push(...namesOfRecord(record, out));
  return names;
}

function namesOfRecord(record: Json, out: FileOutput): string[] {
  const direct = str(record.advertiser_name) ?? str(record.name);
  if (direct) return [direct];
  if (Array.isArray(record.label_values)) {
    return labelValues(record)
      .filter((value) => value.value !== null && value.href === null && !/^https?:/i.test(value.value))
      .map((value) => value.value!);
  }
  const { cells, unknown } = stringMap(record);
  for (const label of unknown.keys()) out.unknownLabels.add(label);
  const value =
    cells.get('interest')?.value ?? cells.get('name')?.value ?? [...unknown.values()][0]?.value ?? null;
  if (value) return [value];
  return objects(record.vec)
    .map((entry) => str(entry.value))
    .filter((name): name is string => name !== null);
}
