import type { FileHandle } from 'node:fs/promises';
import { Reader } from '@zip.js/zip.js';

/** Reads shorter than this are served from one block read ahead of them. */
const BLOCK_BYTES = 1024 * 1024;

/**
 * A zip.js Reader over a Node file handle: random access by position, so only the central directory and the
 * entries asked for are read. Node 20's `fs.openAsBlob` reports sizes modulo 2^32 above 4 GiB and returns
 * empty slices past it (engineering-notes.md §C2), hence this reader.
 *
 * Small reads (a local header, then a text entry's data just after it) come from one block read ahead: a
 * read costs far more than its bytes (an export of 200 MB of JSON is several thousand entries, two reads
 * each, and libuv's io_uring reads cost the most under load), while the entries a plan reads mostly lie in
 * file order. Every read returns its own copy, never a view into the block.
 */
export class FileHandleReader extends Reader<FileHandle> {
  private block: { start: number; bytes: Uint8Array } | null = null;

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
    if (wanted >= BLOCK_BYTES) return this.readAt(index, wanted);
    const cached = this.block;
    if (!cached || index < cached.start || index + wanted > cached.start + cached.bytes.length) {
      this.block = {
        start: index,
        bytes: await this.readAt(index, Math.min(BLOCK_BYTES, this.size - index)),
      };
    }
    const { start, bytes } = this.block!;
    return bytes.slice(index - start, Math.min(index - start + wanted, bytes.length));
  }

  private async readAt(index: number, wanted: number): Promise<Uint8Array> {
    const buffer = new Uint8Array(Math.max(0, wanted));
    let done = 0;
    while (done < wanted) {
      const { bytesRead } = await this.handle.read(buffer, done, wanted - done, index + done);
      if (bytesRead === 0) break;
      done += bytesRead;
    }
    return done < wanted ? buffer.subarray(0, done) : buffer;
  }
}
