import { describe, expect, it } from 'vitest';
import { normalizeText, NORMALIZATION_VERSION } from '@core/classify/normalize';
import { readFixture } from './bundled-model';

interface NormalizationCases {
  readonly normalization: string;
  readonly cases: readonly { input: string; expected: string }[];
}

describe('loupe-norm-v1', () => {
  const fixture = readFixture<NormalizationCases>('normalization-cases.json');

  it('is the version the training used', () => {
    expect(fixture.normalization).toBe(NORMALIZATION_VERSION);
  });

  it('matches the Python reference on every fixture case', () => {
    const disagreements = fixture.cases
      .filter((testCase) => normalizeText(testCase.input) !== testCase.expected)
      .map((testCase) => ({ ...testCase, got: normalizeText(testCase.input) }));
    expect(fixture.cases.length).toBeGreaterThan(20);
    expect(disagreements).toEqual([]);
  });
});
