import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { BlobWriter, Uint8ArrayReader, ZipWriter, configure } from '@zip.js/zip.js';
import {
  blobFilesSource,
  encodeLikeMeta,
  extractArchive,
  openArchive,
  zipSource,
  type ArchiveSource,
  type ExtractSummary,
  type FileProblem,
  type ImportLimits,
} from '@core/archive';
import type { Exposure, Item } from '@core/model';

configure({ useWebWorkers: false });

/** An export being built: entry path → content. */
export type Files = Record<string, string | Uint8Array<ArrayBuffer>>;

/** Encodes a value as Meta does: every non-ASCII UTF-8 byte of every string (keys too) as its own \u00XX. */
export function metaJson(value: unknown): string {
  const encode = (node: unknown): unknown => {
    if (typeof node === 'string') return encodeLikeMeta(node);
    if (Array.isArray(node)) return node.map(encode);
    if (node && typeof node === 'object') {
      return Object.fromEntries(
        Object.entries(node).map(([key, child]) => [encodeLikeMeta(key), encode(child)]),
      );
    }
    return node;
  };
  return JSON.stringify(encode(value), null, 2).replace(
    /[\u0080-\u00ff]/g,
    (char) => `\\u00${char.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}

export const sec = (iso: string): number => Date.parse(iso) / 1000;
export const ms = (iso: string): number => Date.parse(iso);

/** A real ZIP of the files, built with zip.js; `stored` paths are kept uncompressed (like media). */
export async function zipOf(
  files: Files,
  options: { prefix?: string; level?: number; zip64?: boolean } = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const writer = new ZipWriter(new BlobWriter('application/zip'), { zip64: options.zip64 ?? false });
  for (const [path, content] of Object.entries(files)) {
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    const isMedia = /\.(jpg|mp4|png)$/.test(path);
    await writer.add((options.prefix ?? '') + path, new Uint8ArrayReader(bytes), {
      level: isMedia ? 0 : (options.level ?? 6),
    });
  }
  const blob = await writer.close();
  return new Uint8Array(await blob.arrayBuffer());
}

export async function zipSourceOf(
  files: Files,
  name = 'export.zip',
  options: { prefix?: string } = {},
): Promise<ArchiveSource> {
  const bytes = await zipOf(files, options);
  return zipSource(new Blob([bytes]), name, bytes.length);
}

export function folderSourceOf(files: Files, name = 'export'): ArchiveSource {
  return blobFilesSource(
    Object.entries(files).map(([path, content]) => ({ path, blob: new Blob([content]) })),
    name,
  );
}

export interface Imported {
  readonly items: Item[];
  readonly exposures: Exposure[];
  readonly problems: FileProblem[];
  readonly summary: ExtractSummary;
}

/** Opens and extracts the sources; throws when the archive is refused. */
export async function importSources(
  sources: ArchiveSource[],
  options: { limits?: Partial<ImportLimits>; batchSize?: number } = {},
): Promise<Imported> {
  const opened = await openArchive(sources, { limits: options.limits });
  if (!opened.ok) throw new Error(opened.error.message);
  const items: Item[] = [];
  const exposures: Exposure[] = [];
  const problems: FileProblem[] = [];
  let summary: ExtractSummary | undefined;
  for await (const batch of extractArchive(opened.value, { batchSize: options.batchSize })) {
    items.push(...batch.items);
    exposures.push(...batch.exposures);
    problems.push(...batch.problems);
    summary = batch.summary ?? summary;
  }
  await opened.value.close();
  return { items, exposures, problems, summary: summary! };
}

export const importFiles = async (files: Files): Promise<Imported> =>
  importSources([await zipSourceOf(files)]);

/** Writes the files under a fresh temporary folder; returns it and a cleanup. */
export function writeFolder(files: Files): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'loupe-archive-'));
  for (const [path, content] of Object.entries(files)) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const texts = (items: readonly Item[], kind?: string): string[] =>
  items.filter((item) => kind === undefined || item.kind === kind).map((item) => item.text);
