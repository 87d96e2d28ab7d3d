import { describe, expect, it } from 'vitest';
import { topWords } from '@core/classify';
import { occlusionSpans } from '@core/classify/explain';
import { LABELS } from '@core/model';
import { bundledClassifier } from './bundled-model';

function withoutSpans(text: string, spans: readonly { start: number; end: number }[]): string {
  let result = text;
  for (const span of [...spans].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, span.start) + result.slice(span.end);
  }
  return result;
}

describe('occlusion explanations', () => {
  it('returns one span per word of the original text, and groups words of long texts', () => {
    const text = '  Vous êtes   des menteurs 😡 https://x.fr ';
    expect(occlusionSpans(text).map(({ start, end }) => text.slice(start, end))).toEqual([
      'Vous',
      'êtes',
      'des',
      'menteurs',
      '😡',
      'https://x.fr',
    ]);
    const long = 'mot '.repeat(300);
    const spans = occlusionSpans(long, 96);
    expect(spans.length).toBeLessThanOrEqual(96);
    expect(spans[0]).toEqual({ start: 0, end: 'mot mot mot mot'.length });
  });

  for (const text of [
    'You are a stupid idiot and a liar, nobody wants you here',
    'BREAKING: the vaccine secretly contains microchips, share before they delete this!',
    'Les immigrés sont tous des voleurs, il faut les renvoyer chez eux',
  ]) {
    it(`removing the top-highlighted words lowers the score: "${text.slice(0, 30)}…"`, async () => {
      const classifier = await bundledClassifier();
      const explanation = await classifier.explain(text);
      expect(explanation.status).toBe('scored');
      expect(explanation.words.length).toBe(text.split(/\s+/).filter(Boolean).length);
      const label = LABELS.reduce((best, next) =>
        explanation.scores![next] > explanation.scores![best] ? next : best,
      );
      const top = topWords(explanation, label, 2);
      expect(top.length).toBeGreaterThan(0);
      const [rescored] = await classifier.classify([{ text: withoutSpans(text, top) }]);
      expect(rescored!.scores![label]).toBeLessThan(explanation.scores![label]);
    });
  }

  it('explains nothing for a text it does not score', async () => {
    const classifier = await bundledClassifier();
    const explanation = await classifier.explain('Das ist eine Lüge der Regierung, glaubt ihnen kein Wort');
    expect(explanation).toMatchObject({ status: 'unsupported_language', scores: null, words: [] });
  });
});
