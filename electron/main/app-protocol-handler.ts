import { realpath } from 'node:fs/promises';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { isInside, resolveContained } from './contained-path';
import { emptyResponse, fileResponse } from './file-response';
import type { PickedArchives } from './picked-archives';

export const ARCHIVES_PATH = '/archives/';
const MODELS_PATH = '/models/';

export interface AppProtocolFolders {
  /** The renderer build (`out/renderer`), which also holds the bundled `models/` and `ort/` files. */
  readonly rendererRoot: string;
  /** Models the user added (`<userData>/models`), served under /models/ after the bundled ones. */
  readonly userModelsRoot: string | null;
  readonly archives: PickedArchives;
}

/** Resolves a URL path inside `root`, following symbolic links only where they stay inside it. */
async function existingFileInside(root: string, urlPath: string): Promise<string | null> {
  const file = resolveContained(root, urlPath);
  if (!file) return null;
  const [realRoot, realFile] = await Promise.all([
    realpath(root).catch(() => null),
    realpath(file).catch(() => null),
  ]);
  if (!realRoot || !realFile || !isInside(realRoot, realFile)) return null;
  return realFile;
}

async function locateAppFile(folders: AppProtocolFolders, path: string): Promise<string | null> {
  const bundled = await existingFileInside(folders.rendererRoot, path === '/' ? '/index.html' : path);
  if (bundled || !path.startsWith(MODELS_PATH) || !folders.userModelsRoot) return bundled;
  return existingFileInside(folders.userModelsRoot, path.slice(MODELS_PATH.length - 1));
}

/**
 * The app:// handler: GET and HEAD only, host `loupe` only, files of the app's folders and the archives
 * the user picked, nothing else. It never redirects and never lists a folder.
 */
export function createAppProtocolHandler(
  folders: AppProtocolFolders,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return emptyResponse(405, { Allow: 'GET, HEAD' });
    }
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return emptyResponse(400);
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return emptyResponse(404);
    try {
      if (url.pathname.startsWith(ARCHIVES_PATH)) {
        const archive = folders.archives.find(url.pathname.slice(ARCHIVES_PATH.length));
        if (!archive) return emptyResponse(404);
        return await fileResponse(archive.path, request, { contentType: 'application/octet-stream' });
      }
      const file = await locateAppFile(folders, url.pathname);
      return file ? await fileResponse(file, request) : emptyResponse(404);
    } catch {
      return emptyResponse(500);
    }
  };
}
