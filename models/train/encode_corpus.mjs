// Tokenise normalised texts with transformers.js itself, so that the ids used for training are exactly
// the ids the app produces. Usage: node encode_corpus.mjs <model-dir> <in.jsonl (field "norm")> <out.jsonl>
// Output: one JSON array of ids per input line ([CLS] ... [SEP], no truncation).
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { createRequire } from 'node:module';

const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const require = createRequire(path.join(repo, 'package.json'));
const { AutoTokenizer, env } = await import(require.resolve('@huggingface/transformers'));

const [dir, inFile, outFile] = process.argv.slice(2);
env.allowRemoteModels = false;
env.allowLocalModels = true;
env.localModelPath = path.resolve(path.dirname(dir)) + '/';
const tok = await AutoTokenizer.from_pretrained(path.basename(dir));
const out = fs.createWriteStream(outFile);
const rl = readline.createInterface({ input: fs.createReadStream(inFile, 'utf8'), crlfDelay: Infinity });
let n = 0;
for await (const line of rl) {
  if (!line.trim()) continue;
  const rec = JSON.parse(line);
  const text = typeof rec === 'string' ? rec : rec.norm;
  const ids = tok.encode(text);
  out.write(JSON.stringify(ids) + '\n');
  n++;
}
out.end();
console.error('encoded', n);
