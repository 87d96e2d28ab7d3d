/** Guards against zip bombs and absurd inputs. Media entries are never inflated, so these bound text only. */
export interface ImportLimits {
  /**
   * Largest inflated size of one text entry, in bytes. A text file is decoded and parsed whole, which takes
   * about four times its size in heap: this cap is what bounds the import's memory, whatever the file.
   */
  readonly maxEntryBytes: number;
  /** Largest inflated size of all text entries together, in bytes. */
  readonly maxTotalBytes: number;
  /** Largest inflated/compressed ratio of one entry, checked once the entry exceeds `ratioFloorBytes`. */
  readonly maxRatio: number;
  readonly ratioFloorBytes: number;
  /** Most entries across all parts. */
  readonly maxEntries: number;
  /** Most sources (ZIP parts or folders) in one import. */
  readonly maxSources: number;
}

export const DEFAULT_LIMITS: ImportLimits = {
  // Far above the text files of real exports (tens of MB at most); 256 MiB parses in about 1 GB of heap and
  // stays below V8's longest string (2^29 characters), past which decoding would throw.
  maxEntryBytes: 256 * 2 ** 20,
  maxTotalBytes: 16 * 2 ** 30,
  // Deflate cannot exceed about 1032:1; real JSON stays well under 100:1, a bomb sits near the maximum.
  maxRatio: 200,
  ratioFloorBytes: 4 * 2 ** 20,
  maxEntries: 2_000_000,
  maxSources: 256,
};

/** Why a read was refused; the orchestrator reports it as a skipped file. */
export class EntryReadError extends Error {
  override readonly name = 'EntryReadError';
  constructor(
    readonly reason: 'too_large' | 'ratio' | 'total_cap' | 'unreadable' | 'aborted',
    message: string,
  ) {
    super(message);
  }
}

/** Counts inflated bytes across one import so that the total cap holds whatever the entries claim. */
export class InflateBudget {
  private used = 0;
  constructor(private readonly limits: ImportLimits) {}

  get usedBytes(): number {
    return this.used;
  }

  /** Adds `bytes` read from one entry; throws EntryReadError when a cap is crossed. */
  charge(bytes: number, entrySoFar: number, compressedSize: number): void {
    this.used += bytes;
    if (entrySoFar > this.limits.maxEntryBytes) {
      throw new EntryReadError('too_large', `inflates past ${this.limits.maxEntryBytes} bytes`);
    }
    if (
      entrySoFar > this.limits.ratioFloorBytes &&
      compressedSize > 0 &&
      entrySoFar / compressedSize > this.limits.maxRatio
    ) {
      throw new EntryReadError('ratio', `compression ratio above ${this.limits.maxRatio}:1`);
    }
    if (this.used > this.limits.maxTotalBytes) {
      throw new EntryReadError(
        'total_cap',
        `text of the archive inflates past ${this.limits.maxTotalBytes} bytes`,
      );
    }
  }

  /**
   * The most bytes one entry may inflate to, and which guard sets that bound: lets an inflater stop at the
   * bound instead of inflating a bomb to the end.
   */
  capFor(compressedSize: number): { bytes: number; reason: 'too_large' | 'ratio' | 'total_cap' } {
    const byRatio = Math.max(this.limits.ratioFloorBytes, compressedSize * this.limits.maxRatio);
    const byTotal = Math.max(0, this.limits.maxTotalBytes - this.used);
    const bytes = Math.min(this.limits.maxEntryBytes, byRatio, byTotal);
    const reason = bytes === byTotal ? 'total_cap' : bytes === byRatio ? 'ratio' : 'too_large';
    return { bytes, reason };
  }

  /** Refuses an entry from its declared sizes, before inflating a byte. */
  precheck(size: number, compressedSize: number): void {
    if (size > this.limits.maxEntryBytes) {
      throw new EntryReadError('too_large', `declares ${size} bytes, above ${this.limits.maxEntryBytes}`);
    }
    if (
      size > this.limits.ratioFloorBytes &&
      compressedSize > 0 &&
      size / compressedSize > this.limits.maxRatio
    ) {
      throw new EntryReadError('ratio', `declared compression ratio above ${this.limits.maxRatio}:1`);
    }
  }
}
