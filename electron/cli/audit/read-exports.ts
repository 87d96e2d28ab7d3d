import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { extractArchive, openArchive, type ExtractSummary } from '@core/archive';
import { groupParts } from '@core/archive/group-parts';
import type { Exposure, ExposureId, Item, ItemId } from '@core/model';
import { cliExtractPool, type NodeExtractPool } from '../../node/extract-pool';
import { sourcesFromPaths } from '../../node/open-paths';

export interface ReadExports {
  /** By id: an item found in two exports is kept once, as the app's database keeps it. */
  readonly items: Map<ItemId, Item>;
  readonly exposures: Map<ExposureId, Exposure>;
  readonly summaries: ExtractSummary[];
  readonly refused: { readonly paths: readonly string[]; readonly reason: string }[];
}

/**
 * Groups the given ZIP parts into exports exactly as the app does with dropped files (a folder is one
 * export), then reads every export. Exports that cannot be read are reported, not fatal.
 */
export async function readExports(paths: readonly string[]): Promise<ReadExports> {
  const folders: string[] = [];
  const zips: { name: string; path: string }[] = [];
  for (const path of paths) {
    if ((await stat(path).catch(() => null))?.isDirectory()) folders.push(path);
    else zips.push({ name: basename(path), path });
  }
  const groups = [
    ...groupParts(zips).map((group) => group.map((zip) => zip.path)),
    ...folders.map((folder) => [folder]),
  ];
  const result: ReadExports = { items: new Map(), exposures: new Map(), summaries: [], refused: [] };
  const pool = cliExtractPool();
  try {
    for (const group of groups) await readGroup(group, pool, result);
  } finally {
    await pool?.close();
  }
  return result;
}

/** Reads one export into `result`, or notes why it cannot be read. */
async function readGroup(
  group: string[],
  pool: NodeExtractPool | undefined,
  result: ReadExports,
): Promise<void> {
  const sources = await sourcesFromPaths(group);
  if (!Array.isArray(sources)) {
    result.refused.push({ paths: group, reason: sources.message });
    return;
  }
  const opened = await openArchive(sources);
  if (!opened.ok) {
    result.refused.push({ paths: group, reason: opened.error.message });
    return;
  }
  try {
    for await (const batch of extractArchive(opened.value, pool ? { pool } : {})) {
      for (const item of batch.items) result.items.set(item.id, item);
      for (const exposure of batch.exposures) result.exposures.set(exposure.id, exposure);
      if (batch.summary) result.summaries.push(batch.summary);
    }
  } finally {
    await opened.value.close();
  }
}
