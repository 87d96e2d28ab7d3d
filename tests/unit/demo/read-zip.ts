import { TextWriter, Uint8ArrayReader, Uint8ArrayWriter, ZipReader, type FileEntry } from '@zip.js/zip.js';

export interface ZipContent {
  readonly paths: string[];
  text(path: string): Promise<string>;
  bytes(path: string): Promise<Uint8Array>;
}

/** Opens demo ZIP bytes with zip.js (the reader the importer uses), failing on anything that is not a ZIP. */
export async function openZip(bytes: Uint8Array): Promise<ZipContent> {
  const reader = new ZipReader(new Uint8ArrayReader(bytes), { useWebWorkers: false });
  const entries = (await reader.getEntries()).filter((entry): entry is FileEntry => !entry.directory);
  const byPath = new Map(entries.map((entry) => [entry.filename, entry]));
  const entry = (path: string): FileEntry => {
    const found = byPath.get(path);
    if (!found) throw new Error(`no entry ${path}`);
    return found;
  };
  return {
    paths: entries.map((found) => found.filename),
    text: (path) => entry(path).getData(new TextWriter()),
    bytes: (path) => entry(path).getData(new Uint8ArrayWriter()),
  };
}

/** Reverses Meta's mojibake on every string of a parsed JSON value (keys too), the strict way. */
export function repairMojibake(value: unknown): unknown {
  if (typeof value === 'string') return repairString(value);
  if (Array.isArray(value)) return value.map(repairMojibake);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [repairString(key), repairMojibake(inner)]),
    );
  }
  return value;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export function repairString(text: string): string {
  if ([...text].some((character) => character.codePointAt(0)! > 0xff)) return text;
  if (!/[\u0080-\uffff]/.test(text)) return text;
  try {
    return strictUtf8.decode(Uint8Array.from(text, (character) => character.charCodeAt(0)));
  } catch {
    return text;
  }
}

/** Every string (values and keys) of a JSON value. */
export function stringsOf(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const inner of value) stringsOf(inner, into);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      into.push(key);
      stringsOf(inner, into);
    }
  }
  return into;
}
