import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXTRACTORS } from '@core/archive';
import { detectProfiles, profileRootOf } from '../../../renderer/src/core/archive/detect';
import { emptyOutput, type Extractor } from '../../../renderer/src/core/archive/extractors/types';
import { ownerFrom } from '../../../renderer/src/core/archive/owner';
import { matchKey } from '../../../renderer/src/core/archive/paths';
import { recordsOf } from '../../../renderer/src/core/archive/shapes';
import { repairTree } from '../../../renderer/src/core/archive/text';
import type { Platform } from '@core/model';
import { demoFiles, allDemoFiles } from '../../harness/hostile';
import { keyPaths, type KeyPath } from '../../harness/hostile/wrong-types';
import { configureFuzz } from './fuzz-config';
import { expectPlainRecords } from './records';

configureFuzz(150);

interface Target {
  readonly path: string;
  readonly platform: Platform;
  readonly relKey: string;
  readonly extractor: Extractor;
  readonly doc: unknown;
  readonly paths: KeyPath[];
}

/** Every JSON file of the demo exports, with the extractor the importer would give it. */
function targets(): Target[] {
  const files = [...demoFiles('instagram-json'), ...allDemoFiles('facebook-json')];
  const found: Target[] = [];
  for (const file of files) {
    if (!file.path.endsWith('.json') || typeof file.content !== 'string') continue;
    const [profile] = detectProfiles([file.path]);
    const root = profileRootOf(file.path) ?? '';
    const relKey = matchKey(file.path.slice(root.length).replace(/^\//, ''));
    const platform: Platform =
      file.path.includes('facebook') || profile?.platform === 'facebook' ? 'facebook' : 'instagram';
    const extractor = EXTRACTORS.find(
      (candidate) => candidate.json && candidate.paths.some((re) => re.test(relKey)),
    );
    if (!extractor) continue;
    const doc = repairTree(JSON.parse(file.content));
    found.push({
      path: file.path,
      platform: extractor.platform ?? platform,
      relKey,
      extractor,
      doc,
      paths: keyPaths(doc as never),
    });
  }
  return found;
}

const TARGETS = targets();

/** The document with the value at `path` (every element for `[]`) replaced by `replacement`. */
function replaceAt(doc: unknown, path: KeyPath, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string, ...string[]];
  if (head === '[]')
    return Array.isArray(doc) ? doc.map((element) => replaceAt(element, rest, replacement)) : doc;
  if (!doc || typeof doc !== 'object' || Array.isArray(doc) || !(head in doc)) return doc;
  return {
    ...(doc as Record<string, unknown>),
    [head]: replaceAt((doc as Record<string, unknown>)[head], rest, replacement),
  };
}

function runExtractor(target: Target, doc: unknown) {
  const out = emptyOutput();
  const ctx = { platform: target.platform, relKey: target.relKey, owner: ownerFrom(['Camille Lefèvre']) };
  target.extractor.json!(doc, out, ctx);
  target.extractor.ownerJson?.(doc);
  target.extractor.participantsJson?.(doc);
  return out;
}

const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, '', 0, -1, 1e308, 'NaN', [], {}, [[]], { value: { value: null } }, '__proto__'),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

describe('JSON extractors on damaged documents', () => {
  it('finds a JSON extractor for most demo files (the fuzz reaches the extractors)', () => {
    expect(TARGETS.length).toBeGreaterThan(25);
    expect(new Set(TARGETS.map((target) => target.extractor.id)).size).toBeGreaterThan(20);
  });

  it('a random value at any key path an extractor reads: no throw, plain records out', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: TARGETS.length - 1 })
          .chain((index) =>
            fc.tuple(
              fc.constant(TARGETS[index]!),
              fc.integer({ min: 0, max: Math.max(0, TARGETS[index]!.paths.length - 1) }),
              hostileValue,
            ),
          ),
        ([target, pathIndex, value]) => {
          const doc = replaceAt(target.doc, target.paths[pathIndex] ?? [], value);
          expectPlainRecords(runExtractor(target, doc));
        },
      ),
    );
  });

  it('several values changed at once: no throw, plain records out', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: TARGETS.length - 1 }),
        fc.array(fc.tuple(fc.nat(), hostileValue), { minLength: 2, maxLength: 6 }),
        (index, changes) => {
          const target = TARGETS[index]!;
          let doc = target.doc;
          for (const [at, value] of changes)
            doc = replaceAt(doc, target.paths[at % target.paths.length]!, value);
          expectPlainRecords(runExtractor(target, doc));
        },
      ),
    );
  });

  it('a random JSON document given to every extractor: no throw', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (doc) => {
        for (const target of TARGETS) expectPlainRecords(runExtractor(target, doc));
        expect(Array.isArray(recordsOf(doc))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('repairTree keeps any JSON value a JSON value of the same shape', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (doc) => {
        const repaired = repairTree(doc);
        expect(Array.isArray(repaired)).toBe(Array.isArray(doc));
        expect(typeof repaired).toBe(typeof doc);
        expect(() => JSON.stringify(repaired)).not.toThrow();
      }),
    );
  });
});
