import type { DemoFile } from '@core/demo';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A key path through a JSON document: object keys, with `[]` for "every element of an array". */
export type KeyPath = readonly string[];

/** A value of a different JSON type than `value`, chosen to trip naive code (numbers as text, lists as maps). */
export function wrongTypeFor(value: Json): Json {
  if (value === null) return { unexpected: [] };
  if (Array.isArray(value)) return { '0': 'not a list' };
  switch (typeof value) {
    case 'string':
      return 12345;
    case 'number':
      return 'not a number';
    case 'boolean':
      return 'true';
    default:
      return ['not', 'an', 'object'];
  }
}

/** Every distinct key path of the document (the root is `[]`), in document order. */
export function keyPaths(document: Json): KeyPath[] {
  const seen = new Map<string, KeyPath>();
  const walk = (value: Json, path: KeyPath) => {
    seen.set(JSON.stringify(path), path);
    if (Array.isArray(value)) for (const element of value) walk(element, [...path, '[]']);
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) walk(inner, [...path, key]);
  };
  walk(document, []);
  return [...seen.values()];
}

/** The document with every value at `path` replaced by a wrong-typed one. */
export function mutateAt(document: Json, path: KeyPath): Json {
  if (path.length === 0) return wrongTypeFor(document);
  const [head, ...rest] = path as [string, ...string[]];
  if (head === '[]')
    return Array.isArray(document) ? document.map((element) => mutateAt(element, rest)) : document;
  if (!document || typeof document !== 'object' || Array.isArray(document) || !(head in document))
    return document;
  return { ...document, [head]: mutateAt(document[head] as Json, rest) };
}

/** Serialises like Meta: the parsed mojibake (characters up to U+00FF) goes back to `\u00XX` escapes. */
const toMetaText = (value: Json): string =>
  JSON.stringify(value, null, 2).replace(
    /[\u0080-\u00ff]/g,
    (c) => `\\u00${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );

export interface WrongTypeVariant {
  readonly path: string;
  readonly keyPath: KeyPath;
  readonly content: string;
}

/** One variant per key path of one JSON file: every value at that path given the wrong type. */
export function* wrongTypeVariants(file: DemoFile): Generator<WrongTypeVariant> {
  if (typeof file.content !== 'string' || !file.path.endsWith('.json')) return;
  const document = JSON.parse(file.content) as Json;
  for (const keyPath of keyPaths(document)) {
    yield { path: file.path, keyPath, content: toMetaText(mutateAt(document, keyPath)) };
  }
}

/**
 * Whole exports in which every JSON file is damaged at once: in round r each file has its r-th key path
 * mutated, so a handful of imports reaches every field every extractor reads.
 */
export function* wrongTypeRounds(
  files: readonly DemoFile[],
): Generator<{ round: number; files: DemoFile[] }> {
  const variants = files.map((file) => [...wrongTypeVariants(file)]);
  const rounds = Math.max(0, ...variants.map((list) => list.length));
  for (let round = 0; round < rounds; round++) {
    yield {
      round,
      files: files.map((file, index) => {
        const variant = variants[index]![round];
        return variant ? { path: file.path, content: variant.content } : file;
      }),
    };
  }
}
