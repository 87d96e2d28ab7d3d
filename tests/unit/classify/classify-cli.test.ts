import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LABELS, type Label } from '@core/model';
import { REPO_ROOT } from '../../harness/paths';
import { parseInputLine } from '../../../electron/cli/commands/classify';
import { MODEL_DIR } from './bundled-model';

const loupe = (args: string[], input?: string) =>
  spawnSync('npm', ['run', '--silent', 'loupe', '--', 'classify', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    input,
    timeout: SPAWN_TIMEOUT,
  });

interface OutputLine {
  id: unknown;
  language: string;
  scores: Record<Label, number> | null;
  flags: Label[];
  reason?: string;
}

const INPUT = [
  { id: 'a1', text: 'You are all idiots and liars, every single one of you', source: 'ignored' },
  { id: 2, text: '' },
  { id: 'de', text: 'Das ist eine Lüge der Regierung, glaubt ihnen kein Wort' },
  { id: 'fr', text: 'Les médias nous cachent la vérité sur les vaccins, réveillez-vous' },
  { id: 5, text: 'Lovely walk by the sea this morning with the dog 🐶' },
];

/** Each case spawns npm and loads the model; on the shared 2-core machine that can take a while. */
const SPAWN_TIMEOUT = 120_000;

describe('parseInputLine', () => {
  it('names the line and the problem', () => {
    expect(parseInputLine('{"id": 7, "text": "hi", "extra": true}', 1)).toEqual({ id: 7, text: 'hi' });
    expect(() => parseInputLine('{"id": 3}', 4)).toThrow('line 4: "text" must be a string');
    expect(() => parseInputLine('{"text": "x", "id": null}', 5)).toThrow(
      'line 5: "id" must be a string or a number',
    );
    expect(() => parseInputLine('[1]', 6)).toThrow('line 6: expected a JSON object');
  });
});

describe('npm run loupe -- classify', { timeout: SPAWN_TIMEOUT }, () => {
  it('writes one line per input, in order, with ids, scores, flags from the thresholds and reasons', () => {
    const dir = mkdtempSync(join(tmpdir(), 'loupe-classify-'));
    // A byte-order mark, as some editors write, must not break line 1.
    writeFileSync(
      join(dir, 'in.jsonl'),
      '\uFEFF' + INPUT.map((line) => JSON.stringify(line)).join('\n') + '\n\n',
    );
    const run = loupe(['--in', join(dir, 'in.jsonl'), '--out', join(dir, 'out.jsonl')]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = readFileSync(join(dir, 'out.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as OutputLine);
    expect(lines.map((line) => line.id)).toEqual(INPUT.map((line) => line.id));
    const thresholds = (
      JSON.parse(readFileSync(join(MODEL_DIR, 'loupe.json'), 'utf8')) as { thresholds: Record<Label, number> }
    ).thresholds;
    for (const line of [lines[0]!, lines[3]!, lines[4]!]) {
      expect(Object.keys(line.scores!)).toEqual([...LABELS]);
      expect(line.flags).toEqual(LABELS.filter((label) => line.scores![label] >= thresholds[label]));
      expect(line.reason).toBeUndefined();
    }
    expect(lines[0]!.language).toBe('en');
    expect(lines[3]!.language).toBe('fr');
    expect(lines[1]).toEqual({ id: 2, language: 'und', scores: null, flags: [], reason: 'empty' });
    expect(lines[2]).toEqual({
      id: 'de',
      language: 'de',
      scores: null,
      flags: [],
      reason: 'unsupported_language',
    });
  });

  it('reads stdin and writes stdout by default, in order across its 256-line chunks', () => {
    const texts = ['hello there friend, how are you today', '', 'Bonjour à tous, belle journée'];
    const input = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: `n${i}`, text: texts[i % 3] }));
    const run = loupe([], input.join('\n') + '\n');
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((text) => JSON.parse(text) as OutputLine);
    expect(lines.map((line) => line.id)).toEqual(input.map((_, i) => `n${i}`));
    expect(lines.map((line) => line.language).slice(0, 3)).toEqual(['en', 'und', 'fr']);
    expect({ ...lines[298], id: 'n1' }).toEqual(lines[1]);
  });

  it('stops with exit 2 and one "loupe: line N" message on a malformed line', () => {
    const input = [
      JSON.stringify({ id: 1, text: 'fine' }),
      '{"id": 2, "text": ',
      JSON.stringify({ id: 3 }),
    ].join('\n');
    const run = loupe([], input);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('loupe: line 2: not valid JSON\n');
  });

  it('loads another model folder in the Hugging Face layout with --model (no loupe.json: thresholds 0.5)', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'loupe-model-')), 'other-model');
    mkdirSync(join(dir, 'onnx'), { recursive: true });
    for (const file of [
      'config.json',
      'tokenizer.json',
      'tokenizer_config.json',
      'onnx/model_quantized.onnx',
    ]) {
      symlinkSync(join(MODEL_DIR, file), join(dir, file));
    }
    const run = loupe(
      ['--model', dir],
      JSON.stringify({ id: 'x', text: 'You are all idiots and liars' }) + '\n',
    );
    expect(run.stderr).toBe('');
    const line = JSON.parse(run.stdout) as OutputLine;
    expect(line.flags).toEqual(LABELS.filter((label) => line.scores![label] >= 0.5));
  });

  it('refuses a model folder that does not exist', () => {
    const run = loupe(['--model', '/nonexistent/model'], '');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^loupe: no model folder at \/nonexistent\/model\n$/);
  });
});
