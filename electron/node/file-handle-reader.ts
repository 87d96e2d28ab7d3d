import type { FileHandle } from 'node:fs/promises';
import { Reader } from '@zip.js/zip.js';

/**
 * A zip.js Reader over a Node file handle: random access by position, so only the central directory and the
 * entries asked for are read. Node 20's `fs.openAsBlob` reports sizes modulo 2^32 above 4 GiB and returns
 * empty slices past it (engineering-notes.md §C2), hence this reader.
 */
export class FileHandleReader extends Reader<FileHandle> {
  constructor(
    private readonly handle: FileHandle,
    byteSize: number,
  ) {
    super(handle);
    this.size = byteSize;
  }

  override async init(): Promise<void> {
    await super.init?.();
    this.size = (await this.handle.stat()).size;
  }

  override async readUint8Array(index: number, length: number): Promise<Uint8Array> {
    const wanted = Math.max(0, Math.min(length, this.size - index));
    const buffer = new Uint8Array(wanted);
    let done = 0;
    while (done < wanted) {
      const { bytesRead } = await this.handle.read(buffer, done, wanted - done, index + done);
      if (bytesRead === 0) break;
      done += bytesRead;
    }
    return done < wanted ? buffer.subarray(0, done) : buffer;
  }
}
