import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { createTransformersClassifier } from '@core/classify';
import { isLabel } from '@core/model';
import {
  checkModelFolder,
  DEFAULT_HUB_HOST,
  planHubDownload,
  type DownloadPlan,
} from '@core/classify/registry';
import { parseArgs, stringOption } from '../args';
import type { CliCommand, CliIo } from '../command';
import { UsageError } from '../usage-error';
import { nodeClassifierHost } from './classify';

const USAGE = 'download <owner/name> --out DIR [--host URL] [--files a,b,...] [--yes]';

function describePlan(plan: DownloadPlan, out: string): string {
  return [
    `loupe model download will fetch ${plan.files.length} file(s) from ${plan.host}:`,
    ...plan.files.map((file) => `  ${file.url}`),
    `and write them under ${out}. Nothing else is sent or fetched.`,
  ].join('\n');
}

/** Streams one file to disk through a `.part` file, so an interrupted download leaves no half file. */
async function fetchToFile(url: string, path: string): Promise<number> {
  const response = await fetch(url, { redirect: 'follow' });
  if (!response.ok || !response.body) throw new Error(`${url}: HTTP ${response.status}`);
  await mkdir(dirname(path), { recursive: true });
  const partial = `${path}.part`;
  try {
    await pipeline(
      Readable.fromWeb(response.body as WebReadableStream<Uint8Array>),
      createWriteStream(partial),
    );
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return (await stat(path)).size;
}

/**
 * Checks the downloaded folder: the Hugging Face layout always; for a model with Loupe's labels, also
 * that the classifier core loads it and scores a text.
 */
async function verify(
  out: string,
  files: readonly { file: string; size: number }[],
  io: CliIo,
): Promise<string> {
  const config: unknown = JSON.parse(await readFile(join(out, 'config.json'), 'utf8'));
  const check = checkModelFolder(
    files.map(({ file, size }) => ({ path: file, size })),
    config,
  );
  if (!check.ok) throw new UsageError(`the downloaded folder is not usable: ${check.error}`);
  if (!check.value.foreignLabels.every(isLabel)) {
    io.stderr.write(
      `labels ${check.value.foreignLabels.join(', ')}: map them onto Loupe's in the app (Settings, Models).\n`,
    );
    return 'layout';
  }
  const dtype = check.value.onnxFile === 'onnx/model.onnx' ? 'fp32' : 'q8';
  const classifier = await createTransformersClassifier(nodeClassifierHost(out, dtype)).catch(
    (error: unknown) => {
      throw new UsageError(
        `the downloaded model does not load: ${error instanceof Error ? error.message : String(error)}`,
      );
    },
  );
  try {
    const [output] = await classifier.classify([{ text: 'This is a short test sentence.' }]);
    if (!output) throw new UsageError('the downloaded model returned no output');
  } finally {
    await classifier.dispose();
  }
  return 'loaded';
}

async function download(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, { valueOptions: ['out', 'host', 'files'], flags: ['yes'] });
  const [modelId, ...rest] = parsed.positional;
  if (!modelId) throw new UsageError(`model ${USAGE}`);
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
  const outOption = stringOption(parsed, 'out');
  if (!outOption) throw new UsageError('model download needs --out DIR');
  const files = stringOption(parsed, 'files')
    ?.split(',')
    .map((file) => file.trim())
    .filter(Boolean);
  const plan = planHubDownload(modelId, stringOption(parsed, 'host') ?? DEFAULT_HUB_HOST, files);
  if (!plan.ok) throw new UsageError(plan.error);
  const out = resolve(outOption);
  io.stderr.write(describePlan(plan.value, out) + '\n');
  if (parsed.options.get('yes') !== true)
    throw new UsageError('nothing downloaded: add --yes to fetch these files');

  const existing = await stat(out).catch(() => null);
  if (existing && !existing.isDirectory()) throw new UsageError(`--out ${out} exists and is not a folder`);
  const written: { file: string; size: number }[] = [];
  for (const { file, url } of plan.value.files) {
    try {
      written.push({ file, size: await fetchToFile(url, join(out, ...file.split('/'))) });
    } catch (error) {
      io.stderr.write(`loupe: download failed: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
    io.stderr.write(`${file}: ${written.at(-1)!.size} bytes\n`);
  }
  const verified = await verify(out, written, io);
  io.stdout.write(JSON.stringify({ modelId, host: plan.value.host, out, files: written, verified }) + '\n');
  return 0;
}

export const modelCommand: CliCommand = {
  name: 'model',
  summary: 'download a model from the Hugging Face hub (only when you run it; the app never does)',
  usage: USAGE,
  async run(args, io) {
    const [subcommand, ...rest] = args;
    if (subcommand === 'download') return download(rest, io);
    throw new UsageError(`model ${USAGE}`);
  },
};
