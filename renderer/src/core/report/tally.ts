import { LABELS, type Label, type ScoreStatus } from '../model';
import type { LabelCounts, LabelShares, Tally } from './types';

/** A mutable running count that becomes a `Tally`; one `add` per item keeps the report a single pass. */
export class TallyCounter {
  items = 0;
  scored = 0;
  unsupportedLanguage = 0;
  empty = 0;
  pending = 0;
  flaggedAny = 0;
  lowCredibilityLinks = 0;
  readonly flagged = new Int32Array(LABELS.length);

  add(status: ScoreStatus | 'pending', bits: number, lowCredibility: boolean): void {
    this.items++;
    if (lowCredibility) this.lowCredibilityLinks++;
    if (status === 'scored') {
      this.scored++;
      if (bits !== 0) {
        this.flaggedAny++;
        for (let i = 0; i < LABELS.length; i++) if (bits & (1 << i)) this.flagged[i]!++;
      }
    } else if (status === 'unsupported_language') this.unsupportedLanguage++;
    else if (status === 'empty') this.empty++;
    else this.pending++;
  }

  merge(other: TallyCounter): void {
    this.items += other.items;
    this.scored += other.scored;
    this.unsupportedLanguage += other.unsupportedLanguage;
    this.empty += other.empty;
    this.pending += other.pending;
    this.flaggedAny += other.flaggedAny;
    this.lowCredibilityLinks += other.lowCredibilityLinks;
    for (let i = 0; i < LABELS.length; i++) this.flagged[i]! += other.flagged[i]!;
  }

  toTally(): Tally {
    const flagged = {} as LabelCounts;
    const shares = {} as LabelShares;
    LABELS.forEach((label: Label, i) => {
      flagged[label] = this.flagged[i]!;
      shares[label] = this.scored === 0 ? null : this.flagged[i]! / this.scored;
    });
    return {
      items: this.items,
      scored: this.scored,
      unsupportedLanguage: this.unsupportedLanguage,
      empty: this.empty,
      pending: this.pending,
      flaggedAny: this.flaggedAny,
      flagged,
      shares,
      lowCredibilityLinks: this.lowCredibilityLinks,
    };
  }
}

export const emptyTally = (): Tally => new TallyCounter().toTally();

/** Share of flagged items (any label) among scored ones; null when nothing was scored. */
export const flaggedShare = (tally: Tally): number | null =>
  tally.scored === 0 ? null : tally.flaggedAny / tally.scored;
