// Checks the shipped folder through transformers.js (Node, onnxruntime-node), local files only:
// 1. tokenizer parity fixture, 2. fp32 ONNX vs PyTorch reference scores, 3. q8 vs fp32,
// 4. the text-classification pipeline, 5. throughput on ~25-token texts.
// Usage: node verify_node.mjs <models-dir> [--bench]
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const here = path.dirname(new URL(import.meta.url).pathname);
const repo = path.resolve(here, '..', '..');
const require = createRequire(path.join(repo, 'package.json'));
const T = await import(require.resolve('@huggingface/transformers'));
const { env, AutoTokenizer, AutoModelForSequenceClassification, pipeline } = T;
const modelsDir = path.resolve(process.argv[2] ?? path.join(repo, 'models'));
env.allowRemoteModels = false;
env.allowLocalModels = true;
env.localModelPath = modelsDir + '/';
const fix = path.join(repo, 'tests', 'fixtures', 'model');
const lj = JSON.parse(fs.readFileSync(path.join(modelsDir, 'loupe-mini', 'loupe.json'), 'utf8'));
const labels = lj.labels;
const sig = (x) => 1 / (1 + Math.exp(-x));
let failed = false;

const tok = await AutoTokenizer.from_pretrained('loupe-mini');
const parity = fs.readFileSync(path.join(fix, 'tokenizer-parity.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
let bad = 0;
for (const p of parity) if (JSON.stringify(tok.encode(p.normalized)) !== JSON.stringify(p.ids)) bad++;
console.log(`tokenizer parity: ${parity.length - bad}/${parity.length}`);
if (bad) failed = true;

const ref = fs.readFileSync(path.join(fix, 'reference-scores.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const probs = {};
for (const dtype of ['fp32', 'q8']) {
  const model = await AutoModelForSequenceClassification.from_pretrained('loupe-mini', { dtype });
  const enc = tok(ref.map((r) => r.normalized), { padding: true, truncation: true });
  const out = await model(enc);
  const L = out.logits.tolist();
  probs[dtype] = L.map((row) => row.map(sig));
}
let d32 = 0, dq = 0;
ref.forEach((r, i) => labels.forEach((l, j) => {
  d32 = Math.max(d32, Math.abs(probs.fp32[i][j] - r.probs[l]));
  dq = Math.max(dq, Math.abs(probs.q8[i][j] - probs.fp32[i][j]));
}));
console.log(`max |p_onnx_fp32 - p_pytorch| = ${d32.toExponential(2)}; max |p_q8 - p_fp32| = ${dq.toFixed(4)}`);
if (d32 > 1e-3 || dq > 0.05) failed = true;

const clf = await pipeline('text-classification', 'loupe-mini', { dtype: 'q8' });
const res = await clf(ref[16].normalized, { top_k: null });
console.log('pipeline q8:', JSON.stringify(ref[16].normalized), JSON.stringify(res.map((x) => [x.label, +x.score.toFixed(3)])));

if (process.argv.includes('--bench')) {
  const words = 'the people are really going to love this new thing we did today with friends and family at home'.split(' ');
  const texts = Array.from({ length: 2048 }, (_, i) => Array.from({ length: 14 + (i % 12) }, (_, k) => words[(i * 7 + k * 3) % words.length]).join(' '));
  const speed = [];
  for (const dtype of ['q8', 'fp32']) {
    const model = await AutoModelForSequenceClassification.from_pretrained('loupe-mini', { dtype });
    const ntok = tok(texts.slice(0, 256), { padding: true }).input_ids.dims;
    const t0 = performance.now();
    for (let s = 0; s < texts.length; s += 32) {
      const enc = tok(texts.slice(s, s + 32), { padding: true, truncation: true });
      await model(enc);
    }
    const dt = (performance.now() - t0) / 1000;
    const line = `${dtype}: ${(texts.length / dt).toFixed(0)} texts/s (tokenizer + model, batch 32, ~${ntok[1]} tokens padded)`;
    console.log('bench ' + line);
    speed.push(line);
  }
  const load = (await import('node:os')).loadavg()[0].toFixed(1);
  fs.writeFileSync(path.join(here, 'work', 'speed.txt'), `measured by verify_node.mjs --bench in Node ${process.version} with onnxruntime-node (transformers.js AutoModelForSequenceClassification), 2048 synthetic English texts of 16-27 tokens: ${speed.join('; ')}. The machine (2 vCPU) was shared with other jobs (1-min load average ${load} at the end), so these are lower bounds.\n`);
}
process.exitCode = failed ? 1 : 0;
