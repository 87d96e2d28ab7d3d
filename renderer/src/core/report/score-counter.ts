import { LABELS, type Label, type Score } from '../model';
import type { LanguageCount } from './types';

interface MutableLanguageCount {
  scored: number;
  unsupportedLanguage: number;
}

/** Language mix, models used and score histograms; caches the last language and model seen (runs repeat). */
export class ScoreCounter {
  private readonly languages = new Map<string, MutableLanguageCount>();
  private readonly models = new Map<string, { count: number }>();
  private readonly histograms: Int32Array[];
  private lastLanguage = '';
  private lastLanguageCount: MutableLanguageCount | null = null;
  private lastModel = '';
  private lastModelCount: { count: number } | null = null;

  constructor(private readonly bins: number) {
    this.histograms = LABELS.map(() => new Int32Array(bins));
  }

  add(score: Score): void {
    if (score.modelId !== this.lastModel || !this.lastModelCount) {
      this.lastModel = score.modelId;
      this.lastModelCount = this.models.get(score.modelId) ?? { count: 0 };
      this.models.set(score.modelId, this.lastModelCount);
    }
    this.lastModelCount.count++;
    if (score.status === 'empty') return;
    if (score.language !== this.lastLanguage || !this.lastLanguageCount) {
      this.lastLanguage = score.language;
      this.lastLanguageCount = this.languages.get(score.language) ?? { scored: 0, unsupportedLanguage: 0 };
      this.languages.set(score.language, this.lastLanguageCount);
    }
    if (score.status !== 'scored') {
      this.lastLanguageCount.unsupportedLanguage++;
      return;
    }
    this.lastLanguageCount.scored++;
    const values = score.scores;
    if (!values) return;
    const top = this.bins - 1;
    for (let i = 0; i < LABELS.length; i++) {
      const bin = Math.floor(values[LABELS[i] as Label] * this.bins);
      this.histograms[i]![bin > top ? top : bin < 0 ? 0 : bin]!++;
    }
  }

  languageMix(): Record<string, LanguageCount> {
    return Object.fromEntries([...this.languages].map(([code, count]) => [code, { ...count }]));
  }

  /** Model ids, most used first. */
  modelIds(): string[] {
    return [...this.models].sort((a, b) => b[1].count - a[1].count).map(([id]) => id);
  }

  histogramsByLabel(): Record<Label, number[]> {
    return Object.fromEntries(LABELS.map((label, i) => [label, Array.from(this.histograms[i]!)])) as Record<
      Label,
      number[]
    >;
  }
}
