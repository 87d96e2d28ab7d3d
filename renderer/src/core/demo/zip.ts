import { TextReader, Uint8ArrayReader, Uint8ArrayWriter, ZipWriter } from '@zip.js/zip.js';
import type { DemoFile } from './files';

/** 2026-01-12 09:30:00 as an MS-DOS date and time, so the bytes do not depend on the machine's time zone. */
const DOS_DATE_TIME = (((2026 - 1980) << 9) | (1 << 5) | 12) * 0x10000 + ((9 << 11) | (30 << 5));

/**
 * Zips the files with zip.js, in order, with a fixed date and no extended timestamps. By default the deflate is
 * zip.js's embedded one, so the bytes are identical on every run and platform; `nativeCompression` uses the
 * platform's CompressionStream instead (identical per platform only). Media is stored, as Meta does.
 */
export async function zipFiles(files: readonly DemoFile[], nativeCompression = false): Promise<Uint8Array> {
  const writer = new ZipWriter(new Uint8ArrayWriter(), {
    useWebWorkers: false,
    useCompressionStream: nativeCompression,
    extendedTimestamp: false,
    rawLastModDate: DOS_DATE_TIME,
  });
  for (const file of files) {
    const isText = typeof file.content === 'string';
    const reader = isText
      ? new TextReader(file.content as string)
      : new Uint8ArrayReader(file.content as Uint8Array);
    await writer.add(file.path, reader, { level: isText ? 6 : 0 });
  }
  return writer.close();
}
