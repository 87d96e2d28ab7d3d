import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { PickedArchiveFile } from '../preload/api';
import { APP_ORIGIN } from './app-origin';
import { ARCHIVES_PATH } from './app-protocol-handler';
import type { PickedArchives } from './picked-archives';

/** Registers the files the user picked and returns the app:// URLs the page reads them through. */
export async function publishPickedArchives(
  paths: readonly string[],
  archives: PickedArchives,
): Promise<PickedArchiveFile[]> {
  const files: PickedArchiveFile[] = [];
  for (const path of paths) {
    const info = await stat(path);
    if (!info.isFile()) continue;
    const name = basename(path);
    const token = archives.add({ path, name, size: info.size });
    files.push({ name, size: info.size, url: `${APP_ORIGIN}${ARCHIVES_PATH}${token}` });
  }
  return files;
}
