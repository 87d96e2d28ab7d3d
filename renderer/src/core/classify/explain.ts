import { LABELS, type Label, type LabelScores } from '../model';
import { classifyWithEngine, prepareText, scorePreparedTexts, type ScoringEngine } from './engine';
import type { Explanation, WordAttribution } from './types';

/** At most this many re-scorings per explanation; longer texts are occluded a few words at a time. */
const MAX_OCCLUSIONS = 96;

interface Span {
  readonly start: number;
  readonly end: number;
}

/** Whitespace-separated words, grouped into at most `limit` consecutive runs. */
export function occlusionSpans(text: string, limit = MAX_OCCLUSIONS): Span[] {
  const words = [...text.matchAll(/\S+/g)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
  const perSpan = Math.ceil(words.length / limit);
  const spans: Span[] = [];
  for (let i = 0; i < words.length; i += perSpan) {
    const group = words.slice(i, i + perSpan);
    spans.push({ start: group[0]!.start, end: group[group.length - 1]!.end });
  }
  return spans;
}

/**
 * Occlusion: each word (span) is removed from the original text, the rest re-normalised and re-scored;
 * a word's weight per label is the fall in probability. Works with any ONNX model, costs one batched
 * pass over n variants. The language verdict of the whole text is kept for every variant.
 */
export async function explainWithEngine(engine: ScoringEngine, text: string): Promise<Explanation> {
  const [base] = await classifyWithEngine(engine, [{ text }]);
  if (!base || base.status !== 'scored' || base.scores === null) {
    const { windows: _unused, ...rest } = base!;
    return { ...rest, words: [] };
  }
  const spans = occlusionSpans(text);
  const variants = spans.map(
    (span) => prepareText(engine.manifest, text.slice(0, span.start) + text.slice(span.end)).forModel,
  );
  const rescored = await scorePreparedTexts(engine, variants);
  const baseScores = base.scores;
  const words: WordAttribution[] = spans.map((span, i) => ({
    ...span,
    drop: difference(baseScores, rescored[i]!.scores),
  }));
  return { language: base.language, status: base.status, scores: baseScores, words };
}

function difference(base: LabelScores, without: LabelScores): LabelScores {
  const drop = {} as Record<Label, number>;
  for (const label of LABELS) drop[label] = base[label] - without[label];
  return drop;
}

/** The words that raised `label` most, strongest first. */
export function topWords(explanation: Explanation, label: Label, count: number): WordAttribution[] {
  return [...explanation.words]
    .filter((word) => word.drop[label] > 0)
    .sort((a, b) => b.drop[label] - a.drop[label])
    .slice(0, count);
}
