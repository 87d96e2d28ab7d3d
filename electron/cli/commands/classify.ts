import { createReadStream, createWriteStream, existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import type { Classifier, ClassifierHost, ClassifyOutput, ModelDtype } from '@core/classify';
import {
  createTransformersClassifier,
  DEFAULT_MODEL_DTYPE,
  flagsFor,
  nativeClassifierHost,
} from '@core/classify';
import type { CliCommand } from '../command';
import { parseArgs, stringOption } from '../args';
import { UsageError } from '../usage-error';

/** The bundled models folder of the repository. */
export const BUNDLED_MODELS_DIR = resolve(import.meta.dirname, '../../../models');
export const BUNDLED_MODEL = 'loupe-mini';

/** Lines classified together: bounds memory while leaving room for length-sorted batches. */
const CHUNK_LINES = 256;

/** The onnxruntime-node host (CLI, Electron utility process) for a model folder in the HF layout. */
export function nodeClassifierHost(
  modelDir: string,
  dtype: ModelDtype = DEFAULT_MODEL_DTYPE,
): ClassifierHost {
  return nativeClassifierHost({
    modelDir,
    dtype,
    readTextFile: async (path) => (existsSync(path) ? readFile(path, 'utf8') : null),
  });
}

type JsonId = string | number;
interface InputLine {
  readonly id: JsonId;
  readonly text: string;
}

/** One JSON Lines record; malformed input is the caller's mistake, reported with its line number. */
export function parseInputLine(line: string, lineNumber: number): InputLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new UsageError(`line ${lineNumber}: not valid JSON`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UsageError(`line ${lineNumber}: expected a JSON object with "id" and "text"`);
  }
  const { id, text } = value as { id?: unknown; text?: unknown };
  if (typeof id !== 'string' && typeof id !== 'number') {
    throw new UsageError(`line ${lineNumber}: "id" must be a string or a number`);
  }
  if (typeof text !== 'string') throw new UsageError(`line ${lineNumber}: "text" must be a string`);
  return { id, text };
}

export function outputLine(id: JsonId, output: ClassifyOutput, classifier: Classifier): string {
  return JSON.stringify({
    id,
    language: output.language,
    scores: output.scores,
    flags: flagsFor(output.scores, classifier.manifest.thresholds),
    ...(output.reason ? { reason: output.reason } : {}),
  });
}

async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

async function classifyChunk(
  classifier: Classifier,
  chunk: readonly InputLine[],
  out: NodeJS.WritableStream,
): Promise<void> {
  const outputs = await classifier.classify(chunk);
  await write(out, chunk.map((input, i) => outputLine(input.id, outputs[i]!, classifier) + '\n').join(''));
}

function modelDirectory(option: string | undefined): string {
  const dir = resolve(option ?? join(BUNDLED_MODELS_DIR, BUNDLED_MODEL));
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`no model folder at ${dir}`);
  if (!existsSync(join(dir, 'config.json'))) throw new UsageError(`${dir} has no config.json`);
  return dir;
}

/** `--dtype`, else the default file when the folder has it, else the other one (a folder may hold only one). */
function dtypeOption(value: string | undefined, modelDir: string): ModelDtype {
  if (value === 'q8' || value === 'fp32') return value;
  if (value !== undefined) throw new UsageError(`--dtype must be q8 or fp32, not "${value}"`);
  const fileOf = (dtype: ModelDtype) =>
    join(modelDir, 'onnx', dtype === 'q8' ? 'model_quantized.onnx' : 'model.onnx');
  const other: ModelDtype = DEFAULT_MODEL_DTYPE === 'q8' ? 'fp32' : 'q8';
  return !existsSync(fileOf(DEFAULT_MODEL_DTYPE)) && existsSync(fileOf(other)) ? other : DEFAULT_MODEL_DTYPE;
}

export const classifyCommand: CliCommand = {
  name: 'classify',
  summary: 'score JSON Lines {"id","text"} with the local model; one JSON line out per line in, in order',
  usage: '[--in FILE] [--out FILE] [--model DIR] [--dtype q8|fp32]',
  async run(args, io) {
    const parsed = parseArgs(args, { valueOptions: ['in', 'out', 'model', 'dtype'] });
    if (parsed.positional.length > 0) throw new UsageError(`unexpected argument "${parsed.positional[0]}"`);
    const inPath = stringOption(parsed, 'in');
    if (inPath !== undefined && !existsSync(inPath)) throw new UsageError(`no input file at ${inPath}`);
    const modelDir = modelDirectory(stringOption(parsed, 'model'));
    const host = nodeClassifierHost(modelDir, dtypeOption(stringOption(parsed, 'dtype'), modelDir));
    const classifier = await createTransformersClassifier(host).catch((error: unknown) => {
      throw new UsageError(
        `cannot load the model: ${error instanceof Error ? error.message : String(error)}`,
      );
    });
    const input = inPath === undefined ? io.stdin : createReadStream(inPath, 'utf8');
    const outPath = stringOption(parsed, 'out');
    const out = outPath === undefined ? io.stdout : createWriteStream(outPath);
    try {
      let chunk: InputLine[] = [];
      let lineNumber = 0;
      for await (const line of createInterface({ input, crlfDelay: Infinity })) {
        lineNumber += 1;
        if (line.trim() === '') continue;
        chunk.push(parseInputLine(lineNumber === 1 ? line.replace(/^\uFEFF/, '') : line, lineNumber));
        if (chunk.length >= CHUNK_LINES) {
          await classifyChunk(classifier, chunk, out);
          chunk = [];
        }
      }
      if (chunk.length > 0) await classifyChunk(classifier, chunk, out);
    } finally {
      if (out !== io.stdout) {
        out.end();
        await once(out, 'finish');
      }
      await classifier.dispose();
    }
    return 0;
  },
};
