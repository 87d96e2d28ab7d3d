import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { zipSource, type ArchiveSource } from '@core/archive';
import { FileHandleReader } from './file-handle-reader';
import { folderSource } from './folder-source';
import { inflateWithZlib } from './zlib-inflate';

export type PathsError = { readonly message: string };

/**
 * Turns command-line paths into archive sources: ZIP parts (any number) or one folder of one export.
 * Returns an error message for paths that cannot be used at all.
 */
export async function sourcesFromPaths(paths: readonly string[]): Promise<ArchiveSource[] | PathsError> {
  const sources: ArchiveSource[] = [];
  const fail = async (message: string): Promise<PathsError> => {
    await Promise.allSettled(sources.map((source) => source.close()));
    return { message };
  };
  let folders = 0;
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) return fail(`${path}: no such file or folder`);
    if (info.isDirectory()) {
      folders++;
      sources.push(folderSource(path));
      continue;
    }
    if (!info.isFile()) return fail(`${path}: not a file or folder`);
    if (info.size === 0) return fail(`${path}: the file is empty`);
    const handle = await open(path, 'r');
    const source = zipSource(new FileHandleReader(handle, info.size), basename(path), info.size, {
      inflateRaw: inflateWithZlib,
    });
    sources.push({
      ...source,
      async close() {
        await source.close().catch(() => undefined);
        await handle.close().catch(() => undefined);
      },
    });
  }
  if (folders > 0 && paths.length > 1)
    return fail('give either ZIP parts or one folder of one export, not both');
  return sources;
}
