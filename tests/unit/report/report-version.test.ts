import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORT_VERSION } from '@core/report';

/** What a cached report's shape depends on. */
const SHAPE_FILES = ['renderer/src/core/report/types.ts', 'renderer/src/core/model/labels.ts'];

/** The shape files' fingerprint at each REPORT_VERSION, comments and spacing left out. */
const FINGERPRINTS: Readonly<Record<number, string>> = {
  1: 'c242134b1ac34ea2',
};

function fingerprint(): string {
  const code = SHAPE_FILES.map((file) =>
    readFileSync(resolve(__dirname, '../../..', file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '')
      .replace(/\s+/g, ''),
  ).join('\n');
  return createHash('sha256').update(code).digest('hex').slice(0, 16);
}

describe('REPORT_VERSION', () => {
  // The app shows a report cached by another version of itself while it computes the current one, when both
  // have the same REPORT_VERSION: a shape change left at the same version would have the views read fields
  // that an older report lacks.
  it('changes whenever the report model may have changed shape', () => {
    expect(
      fingerprint(),
      `${SHAPE_FILES.join(' or ')} changed. If the ReportModel's shape changed, bump REPORT_VERSION; then record ` +
        `this fingerprint under the (new) version here.`,
    ).toBe(FINGERPRINTS[REPORT_VERSION]);
  });
});
