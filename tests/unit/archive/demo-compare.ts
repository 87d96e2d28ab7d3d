import { generateDemoExports, type DemoExport } from '@core/demo';
import type { Exposure, Item } from '@core/model';
import { zipSource } from '@core/archive';
import { importSources, type Imported } from './builders';

/** A record reduced to what the demo manifest states, as one comparable string. */
export const itemKey = (item: Omit<Item, 'v' | 'id' | 'archiveId'>): string =>
  JSON.stringify([
    item.platform,
    item.kind,
    item.direction,
    item.author,
    item.conversation,
    item.timestamp,
    item.text,
  ]);
export const exposureKey = (exposure: Omit<Exposure, 'v' | 'id' | 'archiveId'>): string =>
  JSON.stringify([
    exposure.platform,
    exposure.kind,
    exposure.label,
    exposure.account,
    exposure.url,
    exposure.timestamp,
  ]);

export interface Comparison {
  readonly missingItems: string[];
  readonly extraItems: string[];
  readonly missingExposures: string[];
  readonly extraExposures: string[];
  readonly imported: Imported;
}

function difference(expected: string[], actual: string[]): { missing: string[]; extra: string[] } {
  const counts = new Map<string, number>();
  for (const key of actual) counts.set(key, (counts.get(key) ?? 0) + 1);
  const missing: string[] = [];
  for (const key of expected) {
    const left = counts.get(key) ?? 0;
    if (left > 0) counts.set(key, left - 1);
    else missing.push(key);
  }
  const extra = [...counts].flatMap(([key, left]) => Array<string>(left).fill(key));
  return { missing, extra };
}

export async function compareDemoExport(demo: DemoExport): Promise<Comparison> {
  const imported = await importSources(
    demo.zips.map((zip) =>
      zipSource(new Blob([zip.bytes as Uint8Array<ArrayBuffer>]), zip.name, zip.bytes.length),
    ),
  );
  const items = difference(demo.manifest.items.map(itemKey), imported.items.map(itemKey));
  const exposures = difference(demo.manifest.exposures.map(exposureKey), imported.exposures.map(exposureKey));
  return {
    missingItems: items.missing,
    extraItems: items.extra,
    missingExposures: exposures.missing,
    extraExposures: exposures.extra,
    imported,
  };
}

export const demoExports = async (): Promise<readonly DemoExport[]> => (await generateDemoExports()).exports;
