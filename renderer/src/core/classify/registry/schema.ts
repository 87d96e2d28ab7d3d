import type { Outcome } from '../types';
import { isRecord, nonEmptyString } from './json';

export const REGISTRY_VERSION = 1;

/** One model Loupe knows: the bundled one (from `models/registry.json`) or one the user added. */
export interface RegistryEntry {
  /** The model id scores are stored under (`loupe.json` modelId, else the folder name). */
  readonly id: string;
  /** The folder under `/models/` (bundled, desktop `<userData>/models`) or the user store. */
  readonly folder: string;
  readonly name: string;
  /** ISO 639-1 codes the model scores; other languages are "not supported by this model". */
  readonly languages: readonly string[];
  /** Bytes of the ONNX weights the app loads (int8 when there are some). */
  readonly sizeBytes: number;
  /** One line on what the licence allows; the model card has the details. */
  readonly licence: string;
  /** Path of the model card inside the folder, or null when the model has none. */
  readonly modelCard: string | null;
  readonly source: 'bundled' | 'folder' | 'hub';
}

export interface Registry {
  readonly version: typeof REGISTRY_VERSION;
  readonly models: readonly RegistryEntry[];
}

const FOLDER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const LANGUAGE = /^[a-z]{2,3}$/;
const SOURCES: ReadonlySet<string> = new Set(['bundled', 'folder', 'hub']);
const fail = (error: string): Outcome<never> => ({ ok: false, error });

/** A folder name safe on every platform and in a URL path: no separators, no `..`, no leading dot. */
export const isSafeFolderName = (value: string): boolean =>
  FOLDER_NAME.test(value) && !value.includes('..') && value.length <= 100;

export function parseRegistryEntry(value: unknown, where: string): Outcome<RegistryEntry> {
  if (!isRecord(value)) return fail(`${where}: not an object`);
  const { id, folder, name, languages, sizeBytes, licence, modelCard, source } = value;
  if (!nonEmptyString(id)) return fail(`${where}: "id" must be a non-empty string`);
  if (typeof folder !== 'string' || !isSafeFolderName(folder)) {
    return fail(`${where}: "folder" must be a plain folder name`);
  }
  if (!nonEmptyString(name)) return fail(`${where}: "name" must be a non-empty string`);
  if (!Array.isArray(languages) || languages.length === 0) {
    return fail(`${where}: "languages" must list at least one language`);
  }
  const badLanguage = languages.find((code) => typeof code !== 'string' || !LANGUAGE.test(code));
  if (badLanguage !== undefined) return fail(`${where}: "${String(badLanguage)}" is not a language code`);
  if (typeof sizeBytes !== 'number' || !Number.isInteger(sizeBytes) || sizeBytes <= 0) {
    return fail(`${where}: "sizeBytes" must be a positive integer`);
  }
  if (!nonEmptyString(licence)) return fail(`${where}: "licence" must be a non-empty string`);
  if (modelCard !== null && (typeof modelCard !== 'string' || !isSafeRelativePath(modelCard))) {
    return fail(`${where}: "modelCard" must be a relative path inside the folder, or null`);
  }
  if (typeof source !== 'string' || !SOURCES.has(source)) {
    return fail(`${where}: "source" must be bundled, folder or hub`);
  }
  return {
    ok: true,
    value: {
      id,
      folder,
      name,
      languages: languages as string[],
      sizeBytes,
      licence,
      modelCard,
      source: source as RegistryEntry['source'],
    },
  };
}

/** A relative path with no `..`, no absolute start and no backslash: it cannot leave its folder. */
export function isSafeRelativePath(path: string): boolean {
  if (path === '' || path.startsWith('/') || path.includes('\\') || path.includes('\0')) return false;
  return path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

/** Validates `models/registry.json`: version 1, entries well-formed, ids and folders unique. */
export function parseRegistry(value: unknown): Outcome<Registry> {
  if (!isRecord(value)) return fail('registry.json is not a JSON object');
  if (value.version !== REGISTRY_VERSION) return fail(`registry.json "version" must be ${REGISTRY_VERSION}`);
  if (!Array.isArray(value.models)) return fail('registry.json "models" must be an array');
  const models: RegistryEntry[] = [];
  for (const [index, raw] of value.models.entries()) {
    const entry = parseRegistryEntry(raw, `model ${index + 1}`);
    if (!entry.ok) return entry;
    if (models.some((model) => model.id === entry.value.id))
      return fail(`duplicate model id "${entry.value.id}"`);
    if (models.some((model) => model.folder === entry.value.folder)) {
      return fail(`duplicate folder "${entry.value.folder}"`);
    }
    models.push(entry.value);
  }
  return { ok: true, value: { version: REGISTRY_VERSION, models } };
}
