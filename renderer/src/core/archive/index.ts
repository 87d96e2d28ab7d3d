/**
 * Archive import: Meta "Download your information" exports (Instagram, Facebook; JSON, HTML; one ZIP,
 * several parts, or a folder) to normalised `Item`s and `Exposure`s.
 *
 *   const sources = [zipSource(file, file.name, file.size)];          // or blobFilesSource, or Node adapters
 *   const opened = await openArchive(sources);
 *   if (!opened.ok) show(opened.error.message);                       // e.g. "no Instagram or Facebook files found in …"
 *   for await (const batch of extractArchive(opened.value, { onProgress, signal })) {
 *     await db.transaction(..., () => write(batch.items, batch.exposures));
 *     if (batch.summary) report(batch.summary);                        // only on the last batch
 *   }
 *   await opened.value.close();
 *
 * Ids: `Item.id`/`Exposure.id` hash the platform, kind and content (never the file or part), so re-imports
 * and duplicates across parts collapse. `archiveId` hashes the merged entry list (root-relative paths and
 * sizes), so the same export gives the same id as one ZIP, as parts, or extracted. See README.md here for the
 * record kinds each file family produces.
 */
export { openArchive, type ArchiveError, type ArchiveErrorCode, type OpenedArchive } from './open';
export { extractArchive, type ExtractBatch, type ExtractOptions, type ExtractProgress } from './extract';
export type { ExtractSummary, FileProblem } from './summary';
export type { SkipReason } from './plan';
export type { ArchiveSource, SourceEntry } from './sources/source';
export { normaliseEntryPath } from './sources/source';
export { zipSource } from './sources/zip-source';
export { inflateWithDecompressionStream, type RawInflater } from './sources/inflate';
export {
  blobFilesSource,
  filesOfDirectory,
  type DirectoryHandleLike,
  type FileHandleLike,
  type PathedBlob,
} from './sources/blob-files-source';
export { DEFAULT_LIMITS, EntryReadError, InflateBudget, type ImportLimits } from './limits';
export type { DetectedProfile, ArchiveFormat } from './detect';
export { EXTRACTORS } from './extractors/registry';
export { LABEL_TABLES, LABELS_EN, LABELS_FR, type LabelField, type LabelTable } from './labels';
export { encodeLikeMeta, repairMojibake } from './text';
export { parseHtmlDate } from './html/dates';
export { itemIdFor, exposureIdFor } from './ids';
export type { Result } from './result';
