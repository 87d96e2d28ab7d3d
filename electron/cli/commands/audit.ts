import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { rateUrl } from '@core/classify/credibility';
import { createTransformersClassifier } from '@core/classify';
import { buildSummary } from '@core/export';
import { buildReport, renderReportHtml, type ReportLocale } from '@core/report';
import { numberOption, parseArgs, stringOption } from '../args';
import { readExports } from '../audit/read-exports';
import { scoreItems } from '../audit/score-items';
import type { CliCommand } from '../command';
import { UsageError } from '../usage-error';
import { writeFileAtomic } from '../atomic-output';
import { printable } from '../printable';
import { BUNDLED_MODEL, BUNDLED_MODELS_DIR, nodeClassifierHost } from './classify';
import { readFileSync } from 'node:fs';

const appVersion = (
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../package.json'), 'utf8')) as {
    version: string;
  }
).version;

function localeOption(value: string | undefined): ReportLocale {
  if (value === undefined) return 'en';
  if (value === 'en' || value === 'fr') return value;
  throw new UsageError(`--locale must be en or fr, not "${value}"`);
}

/**
 * `audit <path>... --out DIR`: extract, classify and report, with the same functions as the app, into
 * DIR/report.json, DIR/report.html and DIR/summary.json (the anonymised summary: suppression on, noise only
 * with --epsilon).
 */
export const auditCommand: CliCommand = {
  name: 'audit',
  summary:
    'extract, classify and report an export (ZIP parts or folders) into DIR/report.json, DIR/report.html ' +
    'and DIR/summary.json, the anonymised summary for researchers',
  usage: '<path>... --out DIR [--locale en|fr] [--epsilon E] [--k N] [--study-code CODE] [--model DIR]',
  async run(args, io) {
    const parsed = parseArgs(args, {
      valueOptions: ['out', 'locale', 'epsilon', 'k', 'study-code', 'model'],
    });
    if (parsed.positional.length === 0) throw new UsageError('audit needs at least one ZIP part or folder');
    const outDir = stringOption(parsed, 'out');
    if (!outDir) throw new UsageError('audit needs --out DIR');
    const locale = localeOption(stringOption(parsed, 'locale'));
    const epsilon = numberOption(parsed, 'epsilon');
    const k = numberOption(parsed, 'k');
    const studyCode = stringOption(parsed, 'study-code');
    if (epsilon !== undefined && !(epsilon > 0)) throw new UsageError('--epsilon must be a positive number');
    if (k !== undefined && !(Number.isInteger(k) && k >= 1))
      throw new UsageError('--k must be a positive integer');
    if (studyCode !== undefined && !/^[A-Za-z0-9_-]{1,64}$/.test(studyCode)) {
      throw new UsageError('--study-code has 1 to 64 letters, digits, - or _');
    }

    const exports = await readExports(parsed.positional);
    for (const refusal of exports.refused) io.stderr.write(`loupe: warning: ${printable(refusal.reason)}\n`);
    if (exports.summaries.length === 0) {
      throw new UsageError(exports.refused[0]?.reason ?? 'nothing could be imported');
    }
    const modelDir = resolve(stringOption(parsed, 'model') ?? join(BUNDLED_MODELS_DIR, BUNDLED_MODEL));
    const classifier = await createTransformersClassifier(nodeClassifierHost(modelDir)).catch(
      (error: unknown) => {
        throw new UsageError(
          `cannot load the model: ${error instanceof Error ? error.message : String(error)}`,
        );
      },
    );
    try {
      const items = [...exports.items.values()];
      const exposures = [...exports.exposures.values()];
      const scores = await scoreItems(classifier, items);
      const report = buildReport(items, exposures, scores, [], classifier.manifest.thresholds, {
        appVersion,
        rateUrl: (url) => rateUrl(url),
        modelId: classifier.modelId,
      });
      const summary = buildSummary(report, {
        ...(epsilon !== undefined ? { epsilon } : {}),
        ...(k !== undefined ? { k } : {}),
        ...(studyCode !== undefined ? { studyCode } : {}),
      });
      await mkdir(outDir, { recursive: true });
      await writeFileAtomic(join(outDir, 'report.json'), JSON.stringify(report, null, 2) + '\n');
      await writeFileAtomic(join(outDir, 'report.html'), renderReportHtml(report, locale));
      await writeFileAtomic(join(outDir, 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
      io.stdout.write(
        JSON.stringify({
          type: 'audit',
          out: resolve(outDir),
          archives: exports.summaries.length,
          refused: exports.refused.length,
          items: items.length,
          exposures: exposures.length,
          modelId: classifier.modelId,
          flagged: report.headline.all.flagged,
        }) + '\n',
      );
      return 0;
    } finally {
      await classifier.dispose();
    }
  },
};
