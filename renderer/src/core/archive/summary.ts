import type { ArchiveId, Exposure, Item, Platform } from '../model';
import type { ArchiveFormat } from './detect';
import type { SkipReason } from './plan';

/** A file that was not imported, and why. The path has conversation folder names redacted. */
export interface FileProblem {
  readonly path: string;
  readonly reason: SkipReason;
  /** A short technical detail (never archive content). */
  readonly detail: string;
}

/** What one import found: the `extract` command prints it as its summary line. */
export interface ExtractSummary {
  readonly v: 1;
  readonly archiveId: ArchiveId;
  readonly platforms: readonly Platform[];
  readonly formats: readonly ArchiveFormat[];
  readonly generations: readonly string[];
  readonly ownerIdentified: boolean;
  readonly items: {
    total: number;
    byPlatform: Record<string, number>;
    byKind: Record<string, number>;
    byDirection: Record<string, number>;
  };
  readonly exposures: { total: number; byPlatform: Record<string, number>; byKind: Record<string, number> };
  readonly filesRead: number;
  readonly filesSkipped: { total: number; byReason: Record<string, number>; files: readonly FileProblem[] };
  readonly mediaSkipped: { count: number; bytes: number };
  readonly duplicatePaths: number;
  /** Records seen twice (e.g. the same message in two files) and kept once. */
  readonly duplicateRecords: number;
  /** Localised labels no table knows (structure, not content), to extend the label tables. */
  readonly unknownLabels: readonly string[];
}

const MAX_LISTED_PROBLEMS = 200;
const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/** Accumulates the summary while records stream past. */
export class SummaryCounter {
  readonly items = { total: 0, byPlatform: {}, byKind: {}, byDirection: {} } as ExtractSummary['items'];
  readonly exposures = { total: 0, byPlatform: {}, byKind: {} } as ExtractSummary['exposures'];
  readonly skipped = { total: 0, byReason: {} as Record<string, number>, files: [] as FileProblem[] };
  readonly unknownLabels = new Set<string>();
  filesRead = 0;
  duplicateRecords = 0;

  item(item: Item): void {
    this.items.total++;
    bump(this.items.byPlatform, item.platform);
    bump(this.items.byKind, item.kind);
    bump(this.items.byDirection, item.direction);
  }

  exposure(exposure: Exposure): void {
    this.exposures.total++;
    bump(this.exposures.byPlatform, exposure.platform);
    bump(this.exposures.byKind, exposure.kind);
  }

  problem(problem: FileProblem): void {
    this.skipped.total++;
    bump(this.skipped.byReason, problem.reason);
    if (this.skipped.files.length < MAX_LISTED_PROBLEMS) this.skipped.files.push(problem);
  }
}
