import type { LabelMapping, RegistryEntry } from '../../core/classify/registry';

/**
 * Models the user added from a folder, kept in Cache Storage (not IndexedDB: the weights are tens to
 * hundreds of MB, and responses stream from there without a copy in the page). "Delete everything"
 * deletes every Cache Storage cache of the app, these included.
 */
export const USER_MODELS_CACHE = 'loupe-user-models';
const CACHE_NAME = USER_MODELS_CACHE;
/** The URL path the files are stored under (same origin; never fetched from the network). */
export const USER_MODELS_PATH = '/user-models/';
const PREFIX = USER_MODELS_PATH;
const INDEX_URL = `${PREFIX}index.json`;

export interface UserModel extends RegistryEntry {
  readonly source: 'folder' | 'hub';
  readonly onnxFile: string;
  readonly foreignLabels: readonly string[];
  readonly mapping: LabelMapping;
  readonly addedAt: number;
}

export interface UserModelFile {
  readonly path: string;
  readonly data: Blob;
}

const storageAvailable = () => typeof caches !== 'undefined';
export const userModelFileUrl = (folder: string, path: string) =>
  `${PREFIX}${encodeURIComponent(folder)}/${path}`;
const fileUrl = userModelFileUrl;

/** Folders of added models all start so (`userModelFolder`); bundled ones never do. */
export const isUserModelFolder = (folder: string): boolean => folder.startsWith('user-');

/** The added model kept in this folder, if any. */
export async function findUserModel(folder: string): Promise<UserModel | null> {
  if (!isUserModelFolder(folder)) return null;
  return (await listUserModels()).find((model) => model.folder === folder) ?? null;
}

export async function listUserModels(): Promise<UserModel[]> {
  // `caches.open` would create the cache: only look when there is one, so listing leaves no trace.
  if (!storageAvailable() || !(await caches.has(CACHE_NAME))) return [];
  const response = await (await caches.open(CACHE_NAME)).match(INDEX_URL);
  if (!response) return [];
  const value: unknown = await response.json();
  return Array.isArray(value) ? (value as UserModel[]) : [];
}

async function writeIndex(cache: Cache, models: readonly UserModel[]): Promise<void> {
  await cache.put(
    INDEX_URL,
    new Response(JSON.stringify(models), { headers: { 'content-type': 'application/json' } }),
  );
}

/** Stores the files, then lists the model: an interrupted add leaves files but no half-listed model. */
export async function addUserModel(model: UserModel, files: readonly UserModelFile[]): Promise<void> {
  if (!storageAvailable()) throw new Error('This browser offers no Cache Storage here.');
  const cache = await caches.open(CACHE_NAME);
  for (const file of files) {
    await cache.put(fileUrl(model.folder, file.path), new Response(file.data));
  }
  const others = (await listUserModels()).filter((existing) => existing.folder !== model.folder);
  await writeIndex(cache, [...others, model]);
}

export async function removeUserModel(folder: string): Promise<void> {
  if (!storageAvailable()) return;
  const cache = await caches.open(CACHE_NAME);
  const models = await listUserModels();
  await writeIndex(
    cache,
    models.filter((model) => model.folder !== folder),
  );
  const prefix = new URL(fileUrl(folder, ''), location.href).href;
  for (const request of await cache.keys()) {
    if (request.url.startsWith(prefix)) await cache.delete(request);
  }
}

/** A folder name for a new model: the name's safe characters, made unique among the known folders. */
export function userModelFolder(name: string, taken: readonly string[]): string {
  const slug =
    name
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^[-._]+|[-._]+$/g, '')
      .replace(/\.{2,}/g, '.')
      .slice(0, 60) || 'model';
  let folder = `user-${slug}`;
  for (let n = 2; taken.includes(folder); n++) folder = `user-${slug}-${n}`;
  return folder;
}
