import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractArchive, openArchive, type ExtractSummary } from '@core/archive';
import { sourcesFromPaths } from '../../../electron/node/open-paths';
import { demoFiles, writeZip } from '../../harness/hostile';

const scratch = await mkdtemp(join(tmpdir(), 'loupe-deep-html-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

const DEPTH = 20_000;

describe('an HTML page nested deeper than the tree walk can follow', () => {
  it('is skipped and named; the rest of the export is imported', async () => {
    const files = demoFiles('instagram-html');
    const target = files.find((file) => /messages\/inbox\/.*\.html$/.test(file.path))!;
    const deep = `<html><body><div class="_a6-g"><div class="_a6-p">${'<div>'.repeat(DEPTH)}deep${'</div>'.repeat(DEPTH)}</div></div></body></html>`;
    const zip = join(scratch, 'instagram-deep-html.zip');
    await writeFile(
      zip,
      await writeZip(files.map((file) => (file === target ? { path: target.path, content: deep } : file))),
    );

    const sources = await sourcesFromPaths([zip]);
    if (!Array.isArray(sources)) throw new Error(sources.message);
    const opened = await openArchive(sources);
    if (!opened.ok) throw new Error(opened.error.message);
    let summary: ExtractSummary | undefined;
    try {
      for await (const batch of extractArchive(opened.value)) summary = batch.summary ?? summary;
    } finally {
      await opened.value.close();
    }
    expect(summary!.items.total).toBeGreaterThan(30);
    const skipped = summary!.filesSkipped.files.find((file) => file.path.endsWith('message_1.html'));
    expect(skipped, 'the deep page is named as skipped').toBeDefined();
  });
});
