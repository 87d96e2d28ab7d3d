import { HttpRangeReader } from '@zip.js/zip.js';
import * as Comlink from 'comlink';
import { blobFilesSource, zipSource, type ArchiveError, type ArchiveSource } from '../core/archive';
import { generateDemoExports } from '../core/demo';
import type { ArchiveId } from '../core/model';
import { openLoupeDb, type LoupeDb } from '../db';
import { groupParts } from '../core/archive/group-parts';
import { importArchiveIntoDb } from './import-pipeline';
import { WebExtractPool } from './web-extract-pool';
import type { RunProgress } from './progress';
import type { PickedArchiveFile } from '../../../electron/preload/api';

export type ImportRequest =
  | { readonly kind: 'files'; readonly files: readonly File[] }
  /** A folder picked with `webkitdirectory`: every file carries its `webkitRelativePath`. */
  | { readonly kind: 'folder'; readonly files: readonly File[] }
  /** ZIP parts picked in the desktop app's native dialog, read with ranged requests on app://. */
  | { readonly kind: 'picked'; readonly files: readonly PickedArchiveFile[] }
  | { readonly kind: 'demo' };

export interface ImportResult {
  readonly imported: {
    readonly archiveId: ArchiveId;
    readonly items: number;
    readonly exposures: number;
    readonly skippedFiles: number;
  }[];
  readonly refused: {
    readonly name: string;
    readonly reason: string;
    readonly refusal?: Pick<ArchiveError, 'code' | 'params'>;
  }[];
}

let db: Promise<LoupeDb> | null = null;
const database = () => (db ??= openLoupeDb());

/** What "Try the demo" imports (see `npm run loupe -- demo` for all four exports). */
export const DEMO_IMPORTED: readonly string[] = ['instagram-json', 'facebook-json'];

interface SourceGroup {
  readonly name: string;
  readonly sources: ArchiveSource[];
}

const zipGroups = (files: readonly File[]): SourceGroup[] =>
  groupParts(files).map((group) => ({
    name: group.map((file) => file.name).join(', '),
    sources: group.map((file) => zipSource(file, file.name, file.size)),
  }));

function sourceGroups(
  request: ImportRequest,
): Promise<{ name: string; sources: ArchiveSource[] }[]> | { name: string; sources: ArchiveSource[] }[] {
  switch (request.kind) {
    case 'files':
      return zipGroups(request.files);
    case 'folder': {
      const root = request.files[0]?.webkitRelativePath.split('/')[0] ?? 'folder';
      const files = request.files.map((file) => ({ path: file.webkitRelativePath || file.name, blob: file }));
      return [{ name: root, sources: [blobFilesSource(files, root)] }];
    }
    case 'picked':
      return groupParts(request.files).map((group) => ({
        name: group.map((file) => file.name).join(', '),
        sources: group.map((file) => zipSource(new HttpRangeReader(file.url), file.name, file.size)),
      }));
    case 'demo':
      // The JSON exports only: the HTML ones are the same account's data again, which would count twice.
      // Grouped like files a user drops, so the app and `loupe audit` on the same files agree.
      return generateDemoExports({ nativeCompression: true }).then((bundle) =>
        zipGroups(
          bundle.exports
            .filter((demo) => DEMO_IMPORTED.includes(demo.manifest.key))
            .flatMap((demo) =>
              demo.zips.map((zip) => new File([zip.bytes as Uint8Array<ArrayBuffer>], zip.name)),
            ),
        ),
      );
  }
}

const api = {
  async run(request: ImportRequest, onProgress: (progress: RunProgress) => void): Promise<ImportResult> {
    const result: ImportResult = { imported: [], refused: [] };
    // Extraction workers start only for a large export on a device of 3 cores or more; they end with the run.
    const pool = WebExtractPool.forThisDevice();
    try {
      for (const group of await sourceGroups(request)) {
        const outcome = await importArchiveIntoDb(await database(), group.sources, {
          onProgress,
          ...(pool ? { pool } : {}),
        });
        if (outcome.ok) {
          result.imported.push({
            archiveId: outcome.archiveId,
            items: outcome.summary?.items.total ?? 0,
            exposures: outcome.summary?.exposures.total ?? 0,
            skippedFiles: outcome.summary?.filesSkipped.total ?? 0,
          });
        } else {
          result.refused.push({
            name: group.name,
            reason: outcome.reason,
            ...(outcome.refusal ? { refusal: outcome.refusal } : {}),
          });
        }
      }
    } finally {
      pool?.close();
    }
    return result;
  },
  async close(): Promise<void> {
    (await db)?.close();
    db = null;
  },
};

export type ImportWorkerApi = typeof api;
Comlink.expose(api);
