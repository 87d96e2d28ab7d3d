const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;

export interface ZipLayout {
  readonly endOfCentralDirectory: number;
  readonly centralDirectoryOffset: number;
  readonly centralDirectorySize: number;
  readonly entryCount: number;
}

/** Finds the end-of-central-directory record (searching back over a possible comment) and what it points to. */
export function zipLayout(bytes: Uint8Array): ZipLayout {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) !== EOCD_SIGNATURE) continue;
    return {
      endOfCentralDirectory: at,
      entryCount: view.getUint16(at + 10, true),
      centralDirectorySize: view.getUint32(at + 12, true),
      centralDirectoryOffset: view.getUint32(at + 16, true),
    };
  }
  throw new Error('no end of central directory record');
}

/** Cut points spread over the file, plus the structural boundaries where readers are most fragile. */
export function truncationOffsets(bytes: Uint8Array): number[] {
  const { centralDirectoryOffset, endOfCentralDirectory } = zipLayout(bytes);
  const fractions = [0.1, 0.25, 0.5, 0.75, 0.9].map((fraction) => Math.floor(bytes.length * fraction));
  const offsets = [
    0,
    1,
    4,
    29,
    30,
    100,
    ...fractions,
    centralDirectoryOffset - 1,
    centralDirectoryOffset,
    centralDirectoryOffset + 46,
    endOfCentralDirectory - 1,
    endOfCentralDirectory,
    endOfCentralDirectory + 10,
    bytes.length - 1,
  ];
  return [...new Set(offsets)].filter((offset) => offset >= 0 && offset < bytes.length).sort((a, b) => a - b);
}

export interface DamagedZip {
  readonly damage: string;
  readonly bytes: Uint8Array;
}

export const truncatedZips = (bytes: Uint8Array): DamagedZip[] =>
  truncationOffsets(bytes).map((offset) => ({
    damage: `truncated at ${offset}`,
    bytes: bytes.slice(0, offset),
  }));

/** Copies the ZIP and lets `damage` edit the copy through a DataView. */
function edited(
  bytes: Uint8Array,
  edit: (view: DataView, layout: ZipLayout, copy: Uint8Array) => void,
): Uint8Array {
  const copy = bytes.slice();
  edit(new DataView(copy.buffer), zipLayout(bytes), copy);
  return copy;
}

/** Ways to break the central directory while the local entries stay intact. */
export function corruptCentralDirectories(bytes: Uint8Array): DamagedZip[] {
  const first = (layout: ZipLayout) => layout.centralDirectoryOffset;
  let seed = 0x1234567;
  const noise = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) & 0xff;
  return [
    {
      damage: 'central directory offset points past the end of the file',
      bytes: edited(bytes, (view, layout) =>
        view.setUint32(layout.endOfCentralDirectory + 16, bytes.length + 1000, true),
      ),
    },
    {
      damage: 'central directory offset points into the middle of an entry',
      bytes: edited(bytes, (view, layout) => view.setUint32(layout.endOfCentralDirectory + 16, 7, true)),
    },
    {
      damage: 'first central header signature zeroed',
      bytes: edited(bytes, (view, layout) => view.setUint32(first(layout), 0, true)),
    },
    {
      damage: 'first central header declares a 65535-byte file name',
      bytes: edited(bytes, (view, layout) => view.setUint16(first(layout) + 28, 0xffff, true)),
    },
    {
      damage: 'first central header points its local header past the end',
      bytes: edited(bytes, (view, layout) => view.setUint32(first(layout) + 42, bytes.length + 5, true)),
    },
    {
      damage: 'first central header declares 4 GB compressed and uncompressed',
      bytes: edited(bytes, (view, layout) => {
        view.setUint32(first(layout) + 20, 0xfffffff0, true);
        view.setUint32(first(layout) + 24, 0xfffffff0, true);
      }),
    },
    {
      damage: 'entry count says 65535 entries',
      bytes: edited(bytes, (view, layout) => {
        view.setUint16(layout.endOfCentralDirectory + 8, 0xffff, true);
        view.setUint16(layout.endOfCentralDirectory + 10, 0xffff, true);
      }),
    },
    {
      damage: 'noise sprayed over the central directory',
      bytes: edited(bytes, (_view, layout, copy) => {
        for (let at = layout.centralDirectoryOffset; at < layout.endOfCentralDirectory; at += 7)
          copy[at] = noise();
      }),
    },
  ];
}

export const isCentralHeader = (bytes: Uint8Array, at: number): boolean =>
  new DataView(bytes.buffer, bytes.byteOffset).getUint32(at, true) === CENTRAL_HEADER_SIGNATURE;
