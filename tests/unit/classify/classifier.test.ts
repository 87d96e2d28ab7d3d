import { describe, expect, it } from 'vitest';
import { LABELS } from '@core/model';
import { loadTransformersEngine } from '@core/classify';
import { classifyWithEngine, prepareText } from '@core/classify/engine';
import { splitIntoWindows } from '@core/classify/windows';
import { nodeClassifierHost } from '../../../electron/cli/commands/classify';
import { bundledClassifier, MODEL_DIR } from './bundled-model';

const SENTENCE = 'The weather was mild and the market opened early on the quiet street near the river. ';

describe('the transformers.js classifier on the bundled model', () => {
  it('routes empty, unsupported and supported texts, keeping input order', async () => {
    const classifier = await bundledClassifier();
    const [empty, german, english, emoji, french] = await classifier.classify([
      { text: '  \n ' },
      { text: 'Das ist eine Lüge der Regierung, glaubt ihnen kein Wort' },
      { text: 'You are all idiots and liars, every single one of you' },
      { text: '😂😂😂' },
      { text: 'Ils nous mentent tous, réveillez-vous avant qu’il soit trop tard' },
    ]);
    expect(empty).toEqual({ language: 'und', status: 'empty', scores: null, reason: 'empty', windows: 0 });
    expect(german).toMatchObject({ language: 'de', status: 'unsupported_language', scores: null });
    expect(english).toMatchObject({ language: 'en', status: 'scored', windows: 1 });
    expect(emoji).toMatchObject({ language: 'und', status: 'scored' });
    expect(french).toMatchObject({ language: 'fr', status: 'scored' });
    for (const label of LABELS) expect(english!.scores![label]).toBeGreaterThanOrEqual(0);
  });

  it('splits a long text into windows and keeps the highest score per label (no truncation)', async () => {
    const { engine, dispose } = await loadTransformersEngine(nodeClassifierHost(MODEL_DIR));
    const long =
      SENTENCE.repeat(12) +
      'You are all idiots and liars, every single one of you, and you should be ashamed';
    const windows = splitIntoWindows(
      engine.encode(prepareText(engine.manifest, long).forModel),
      engine.window,
    );
    expect(windows.length).toBeGreaterThan(2);
    const perWindow = await Promise.all(windows.map((window) => engine.runBatch([window])));
    const [whole] = await classifyWithEngine(engine, [{ text: long }]);
    expect(whole!.windows).toBe(windows.length);
    engine.manifest.labels.forEach((label, column) => {
      const highest = Math.max(...perWindow.map(([probabilities]) => probabilities![column]!));
      expect(whole!.scores![label]).toBeCloseTo(highest, 5);
    });
    // Truncation would have kept only the first window; the last one, with the insult, must count.
    const first = perWindow[0]![0]!;
    expect(
      engine.manifest.labels.some((label, column) => whole!.scores![label] > first[column]! + 1e-4),
    ).toBe(true);
    await dispose();
  });

  it('gives the same scores alone and in a mixed batch (padding does not leak)', async () => {
    const classifier = await bundledClassifier();
    const text = 'Climate change is a hoax invented to control us, wake up people';
    const [alone] = await classifier.classify([{ text }]);
    const batch = await classifier.classify([
      { text: 'ok' },
      { text: SENTENCE.repeat(2) },
      { text },
      { text: 'Les médias nous cachent la vérité' },
    ]);
    for (const label of LABELS) expect(batch[2]!.scores![label]).toBeCloseTo(alone!.scores![label], 5);
  });
});
