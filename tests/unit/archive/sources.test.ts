import { describe, expect, it } from 'vitest';
import {
  blobFilesSource,
  extractArchive,
  filesOfDirectory,
  openArchive,
  type DirectoryHandleLike,
  type FileHandleLike,
  zipSource,
} from '@core/archive';
import { inflateWithZlib } from '../../../electron/node/zlib-inflate';
import { importSources, zipOf, zipSourceOf, type Files } from './builders';
import { facebookJsonExport } from './facebook-fixtures';

/** An in-memory folder with the shape of a FileSystemDirectoryHandle. */
function directoryOf(files: Files, name = 'export'): DirectoryHandleLike {
  const children = new Map<string, Files>();
  const leaves: FileHandleLike[] = [];
  for (const [path, content] of Object.entries(files)) {
    const [head, ...rest] = path.split('/');
    if (rest.length === 0)
      leaves.push({ kind: 'file', name: head!, getFile: async () => new Blob([content]) });
    else children.set(head!, { ...children.get(head!), [rest.join('/')]: content });
  }
  return {
    kind: 'directory',
    name,
    async *values() {
      for (const [child, nested] of children) yield directoryOf(nested, child);
      yield* leaves;
    },
  };
}

describe('sources', () => {
  it('reads a picked folder (directory handle) like the ZIP of the same export', async () => {
    const files = facebookJsonExport();
    const fromFolder = await importSources([
      blobFilesSource(await filesOfDirectory(directoryOf(files)), 'export'),
    ]);
    const fromZip = await importSources([await zipSourceOf(files)]);
    expect(fromFolder.items.map((item) => item.id).sort()).toEqual(
      fromZip.items.map((item) => item.id).sort(),
    );
    expect(fromFolder.summary.archiveId).toBe(fromZip.summary.archiveId);
  });

  it('reads ZIP64 archives through both inflaters', async () => {
    const files = facebookJsonExport();
    const bytes = await zipOf(files, { zip64: true });
    const viaStreams = await importSources([zipSource(new Blob([bytes]), 'a.zip', bytes.length)]);
    const viaZlib = await importSources([
      zipSource(new Blob([bytes]), 'a.zip', bytes.length, { inflateRaw: inflateWithZlib }),
    ]);
    const plain = await importSources([await zipSourceOf(files)]);
    expect(viaStreams.items.map((item) => item.id)).toEqual(plain.items.map((item) => item.id));
    expect(viaZlib.items.map((item) => item.id)).toEqual(plain.items.map((item) => item.id));
  });

  it('streams batches with progress, and stops when cancelled', async () => {
    const opened = await openArchive([await zipSourceOf(facebookJsonExport())]);
    if (!opened.ok) throw new Error(opened.error.message);
    const controller = new AbortController();
    const progress: number[] = [];
    const batches = extractArchive(opened.value, {
      batchSize: 5,
      signal: controller.signal,
      onProgress: (p) => progress.push(p.filesDone),
    });
    const first = await batches.next();
    expect(first.done).toBe(false);
    expect(first.value!.items.length + first.value!.exposures.length).toBeGreaterThanOrEqual(5);
    controller.abort();
    await expect(batches.next()).rejects.toThrow(/cancelled/);
    expect(progress.length).toBeGreaterThan(0);
    await opened.value.close();
  });
});
