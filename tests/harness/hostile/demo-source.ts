import { buildDemoExportFiles, type DemoExportFiles, type DemoExportKey, type DemoFile } from '@core/demo';
import { writeZip, type NamedZip } from './zip-write';

const cache = new Map<number, DemoExportFiles[]>();

/** The demo exports' files (unzipped), the sound material that most hostile cases damage. */
export function demoExport(key: DemoExportKey, seed = 20260112): DemoExportFiles {
  if (!cache.has(seed)) cache.set(seed, buildDemoExportFiles({ seed }));
  const found = cache.get(seed)!.find((entry) => entry.manifest.key === key);
  if (!found) throw new Error(`no demo export ${key}`);
  return found;
}

/** All files of a single-part demo export. */
export const demoFiles = (key: DemoExportKey, seed?: number): readonly DemoFile[] =>
  demoExport(key, seed).parts[0]!.files;

/** Every file of a demo export, all parts together (for damaging a multi-part export as one ZIP). */
export const allDemoFiles = (key: DemoExportKey, seed?: number): DemoFile[] =>
  demoExport(key, seed).parts.flatMap((part) => part.files);

/** The demo export zipped as Meta would ship it, each part its own ZIP. */
export async function demoZips(key: DemoExportKey, seed?: number): Promise<NamedZip[]> {
  const parts = demoExport(key, seed).parts;
  return Promise.all(parts.map(async (part) => ({ name: part.zipName, bytes: await writeZip(part.files) })));
}

/** The demo Instagram JSON export with some files replaced or added (matched by path). */
export function instagramJsonWith(changes: readonly DemoFile[]): DemoFile[] {
  const replaced = new Map(changes.map((file) => [file.path, file]));
  const files = demoFiles('instagram-json').map((file) => replaced.get(file.path) ?? file);
  const existing = new Set(files.map((file) => file.path));
  return [...files, ...changes.filter((file) => !existing.has(file.path))];
}
