import { expect } from 'vitest';
import type {
  ExposureDraft,
  FileOutput,
  ItemDraft,
} from '../../../renderer/src/core/archive/extractors/types';

const stringOrNull = (value: unknown) => value === null || typeof value === 'string';
const timeOrNull = (value: unknown) =>
  value === null || (typeof value === 'number' && Number.isFinite(value));

/** Every record an extractor returns is plain data: strings, finite times, nulls; never objects or markup nodes. */
export function expectPlainRecords(out: FileOutput): void {
  for (const item of out.items as ItemDraft[]) {
    expect(typeof item.text).toBe('string');
    expect(stringOrNull(item.author) && stringOrNull(item.conversation), 'author/conversation').toBe(true);
    expect(timeOrNull(item.timestamp), 'item timestamp').toBe(true);
    for (const link of item.extraLinks ?? []) expect(stringOrNull(link), 'extra link').toBe(true);
  }
  for (const exposure of out.exposures as ExposureDraft[]) {
    expect(
      [exposure.label, exposure.account, exposure.url].every(stringOrNull),
      'exposure label/account/url',
    ).toBe(true);
    expect(timeOrNull(exposure.timestamp), 'exposure timestamp').toBe(true);
  }
}
