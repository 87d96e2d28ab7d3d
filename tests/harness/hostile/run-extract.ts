/**
 * Runs the real import (Node file adapters, core openArchive/extractArchive) on the paths given, discarding
 * records, and prints one JSON line: `{"ok":true,"summary":…,"peakRssBytes":…}` or `{"ok":false,"error":…}`.
 * Spawned under `node --max-old-space-size=…` by the hostile tests; `LOUPE_HOSTILE_LIMITS` may lower the caps.
 * Anything thrown escapes on purpose: the test treats a non-zero exit as a failure.
 */
import { extractArchive, openArchive, type ExtractSummary, type ImportLimits } from '@core/archive';
import { sourcesFromPaths } from '../../../electron/node/open-paths';

const limits = JSON.parse(process.env.LOUPE_HOSTILE_LIMITS ?? '{}') as Partial<ImportLimits>;
const sources = await sourcesFromPaths(process.argv.slice(2));
if (!Array.isArray(sources)) {
  process.stdout.write(JSON.stringify({ ok: false, error: sources.message }) + '\n');
} else {
  const opened = await openArchive(sources, { limits });
  if (!opened.ok) {
    process.stdout.write(JSON.stringify({ ok: false, error: opened.error.message }) + '\n');
  } else {
    let summary: ExtractSummary | undefined;
    let peakRssBytes = process.memoryUsage.rss();
    try {
      for await (const batch of extractArchive(opened.value)) {
        summary = batch.summary ?? summary;
        peakRssBytes = Math.max(peakRssBytes, process.memoryUsage.rss());
      }
    } finally {
      await opened.value.close();
    }
    process.stdout.write(JSON.stringify({ ok: true, summary, peakRssBytes }) + '\n');
  }
}
