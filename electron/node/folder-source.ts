import { open, readdir, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { EntryReadError, normaliseEntryPath, type ArchiveSource, type SourceEntry } from '@core/archive';

interface FolderEntry extends SourceEntry {
  readonly absolute: string;
}

/** Every regular file below `root` (symbolic links are not followed: an export has none). */
async function walk(root: string, folder: string, out: FolderEntry[]): Promise<void> {
  for (const dirent of await readdir(folder, { withFileTypes: true })) {
    const absolute = join(folder, dirent.name);
    if (dirent.isDirectory()) await walk(root, absolute, out);
    else if (dirent.isFile()) {
      const { size } = await stat(absolute);
      out.push({
        path: normaliseEntryPath(relative(root, absolute).split(sep).join('/')),
        size,
        compressedSize: size,
        absolute,
      });
    }
  }
}

/** An extracted export on disk. Reads are bounded by the same guards as ZIP entries. */
export function folderSource(root: string): ArchiveSource {
  let entries: FolderEntry[] | null = null;
  return {
    name: basename(root),
    byteSize: 0,
    async list() {
      if (!entries) {
        entries = [];
        await walk(root, root, entries);
      }
      return entries;
    },
    async read(entry, budget) {
      const absolute = (entry as Partial<FolderEntry>).absolute;
      if (!absolute) throw new EntryReadError('unreadable', 'entry does not belong to this folder');
      budget.precheck(entry.size, entry.compressedSize);
      const handle = await open(absolute, 'r').catch((error: Error) => {
        throw new EntryReadError('unreadable', error.message);
      });
      try {
        const { size } = await handle.stat();
        budget.charge(size, size, size);
        const buffer = new Uint8Array(size);
        let done = 0;
        while (done < size) {
          const { bytesRead } = await handle.read(buffer, done, size - done, done);
          if (bytesRead === 0) break;
          done += bytesRead;
        }
        return buffer.subarray(0, done);
      } finally {
        await handle.close();
      }
    },
    async close() {},
  };
}
