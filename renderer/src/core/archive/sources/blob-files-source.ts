import { EntryReadError } from '../limits';
import { normaliseEntryPath, type ArchiveSource, type SourceEntry } from './source';

/** A file of an extracted export, with its path relative to the chosen folder. */
export interface PathedBlob {
  readonly path: string;
  readonly blob: Blob;
}

interface BlobEntry extends SourceEntry {
  readonly blob: Blob;
}

/**
 * An extracted export given as files: a `webkitdirectory` input (`file.webkitRelativePath`) or a walk of a
 * `FileSystemDirectoryHandle`. Works in windows and workers.
 */
export function blobFilesSource(files: readonly PathedBlob[], name: string): ArchiveSource {
  const entries: BlobEntry[] = files.map((file) => ({
    path: normaliseEntryPath(file.path),
    size: file.blob.size,
    compressedSize: file.blob.size,
    blob: file.blob,
  }));
  return {
    name,
    byteSize: entries.reduce((sum, entry) => sum + entry.size, 0),
    async list() {
      return entries;
    },
    async read(entry, budget) {
      const blob = (entry as Partial<BlobEntry>).blob;
      if (!blob) throw new EntryReadError('unreadable', 'entry does not belong to this folder');
      budget.precheck(entry.size, entry.compressedSize);
      budget.charge(blob.size, blob.size, blob.size);
      try {
        return new Uint8Array(await blob.arrayBuffer());
      } catch (error) {
        throw new EntryReadError('unreadable', error instanceof Error ? error.message : String(error));
      }
    },
    async close() {},
  };
}

/** The parts of the File System Access API that a folder walk needs (typed here: TS's DOM lib lacks `values()`). */
export interface DirectoryHandleLike {
  readonly kind: 'directory';
  readonly name: string;
  values(): AsyncIterable<DirectoryHandleLike | FileHandleLike>;
}
export interface FileHandleLike {
  readonly kind: 'file';
  readonly name: string;
  getFile(): Promise<Blob>;
}

/** Lists a picked folder (`showDirectoryPicker()` or a dropped directory) as files with relative paths. */
export async function filesOfDirectory(directory: DirectoryHandleLike, prefix = ''): Promise<PathedBlob[]> {
  const files: PathedBlob[] = [];
  for await (const handle of directory.values()) {
    if (handle.kind === 'directory')
      files.push(...(await filesOfDirectory(handle, `${prefix}${handle.name}/`)));
    else files.push({ path: `${prefix}${handle.name}`, blob: await handle.getFile() });
  }
  return files;
}
