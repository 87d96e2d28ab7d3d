import { open, type FileHandle } from 'node:fs/promises';

const CHUNK_BYTES = 1 << 20;

/**
 * Streams bytes `start..end` (inclusive) of a file, reading only as fast as the consumer pulls, so a
 * ranged read of a multi-gigabyte archive never buffers more than one chunk. The file is opened on the
 * first read (a response nobody reads holds no descriptor) and closed at the end or on cancel.
 */
export function fileByteStream(path: string, start: number, end: number): ReadableStream<Uint8Array> {
  let position = start;
  let handle: FileHandle | null = null;
  const close = async (): Promise<void> => {
    const opened = handle;
    handle = null;
    await opened?.close();
  };
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        handle ??= await open(path, 'r');
        const buffer = new Uint8Array(Math.min(CHUNK_BYTES, end - position + 1));
        const { bytesRead } =
          buffer.length > 0 ? await handle.read(buffer, 0, buffer.length, position) : { bytesRead: 0 };
        position += bytesRead;
        if (bytesRead > 0) controller.enqueue(buffer.subarray(0, bytesRead));
        if (bytesRead === 0 || position > end) {
          await close();
          controller.close();
        }
      },
      async cancel() {
        await close();
      },
    },
    { highWaterMark: 0 },
  );
}
