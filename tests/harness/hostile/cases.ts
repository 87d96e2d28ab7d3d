import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  deeplyNested,
  encryptedExport,
  highRatioBomb,
  htmlWithScripts,
  hundredThousandEntries,
  invalidUtf8,
  manyEntriesBomb,
  mixedExports,
  notAZip,
  oddNames,
  partlyEncryptedExport,
  traversalNames,
  zip64Export,
  zipWithoutMetaFiles,
} from './archives';
import { allDemoFiles, demoZips } from './demo-source';
import { writeHugeJsonExport } from './huge-json';
import { wrongTypeRounds } from './wrong-types';
import { corruptCentralDirectories, truncatedZips } from './zip-surgery';
import { writeZip, type NamedZip } from './zip-write';

/**
 * What a correct importer does with the case: `refuse` with one clear message, `import` what is sound (naming
 * what it skipped), or `either` of the two.
 */
export type HostileExpectation = 'refuse' | 'import' | 'either';

export interface HostileCase {
  readonly id: string;
  readonly description: string;
  readonly expectation: HostileExpectation;
  /** Big enough that the importer's memory must be bounded: run it under a heap limit. */
  readonly heavy: boolean;
  /** Writes the case under `dir` and returns the paths to give the importer (ZIP parts, or one folder). */
  build(dir: string): Promise<string[]>;
}

async function writeZips(dir: string, zips: readonly NamedZip[]): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  return Promise.all(
    zips.map(async (zip) => {
      const path = join(dir, zip.name);
      await writeFile(path, zip.bytes);
      return path;
    }),
  );
}

const single = (
  id: string,
  description: string,
  expectation: HostileExpectation,
  make: () => Promise<NamedZip | NamedZip[]>,
  heavy = false,
): HostileCase => ({
  id,
  description,
  expectation,
  heavy,
  build: async (dir) => writeZips(join(dir, id), [await make()].flat()),
});

async function damagedVariants(kind: 'truncated' | 'corrupt'): Promise<HostileCase[]> {
  const [sound] = await demoZips('instagram-json');
  const damaged =
    kind === 'truncated' ? truncatedZips(sound!.bytes) : corruptCentralDirectories(sound!.bytes);
  return damaged.map((variant, index) =>
    single(`${kind}-${index}`, variant.damage, 'either', async () => ({
      name: sound!.name,
      bytes: variant.bytes,
    })),
  );
}

async function wrongTypeCases(): Promise<HostileCase[]> {
  const cases: HostileCase[] = [];
  for (const key of ['instagram-json', 'facebook-json'] as const) {
    for (const { round, files } of wrongTypeRounds(allDemoFiles(key))) {
      cases.push(
        single(
          `wrong-types-${key}-${round}`,
          `${key}: round ${round} of wrong-typed fields`,
          'either',
          async () => ({
            name: `${key}-wrong-types-${round}.zip`,
            bytes: await writeZip(files),
          }),
        ),
      );
    }
  }
  return cases;
}

/** The hostile-input corpus of issue 8, part 1; everything is generated, nothing is stored. */
export async function hostileCases(): Promise<HostileCase[]> {
  const mixed = () => mixedExports();
  return [
    single('not-a-zip', 'a file named .zip that is not a ZIP', 'refuse', async () => notAZip()),
    single('no-meta-files', 'a valid ZIP with no Instagram or Facebook file', 'refuse', zipWithoutMetaFiles),
    single('encrypted', 'the demo export, every entry AES-encrypted', 'refuse', encryptedExport),
    single(
      'partly-encrypted',
      'the demo export with two text entries AES-encrypted',
      'import',
      partlyEncryptedExport,
    ),
    ...(await damagedVariants('truncated')),
    ...(await damagedVariants('corrupt')),
    single('zip64', 'the demo export with Zip64 entries', 'import', zip64Export),
    single('bomb-ratio', 'one text entry inflating past 1 GiB at ~1000:1', 'import', highRatioBomb, true),
    single(
      'bomb-many-entries',
      'many 4 MiB entries of zeros together past a total cap',
      'import',
      manyEntriesBomb,
      true,
    ),
    single(
      'tiny-entries',
      '100,000 tiny entries beside the demo export',
      'import',
      async () => hundredThousandEntries(),
      true,
    ),
    single('traversal-names', 'entries named with .., absolute and drive paths', 'import', traversalNames),
    single(
      'odd-names',
      'entry names with control characters, bidi overrides, NFD, a 4000-char name',
      'import',
      oddNames,
    ),
    {
      id: 'huge-json',
      description: 'an extracted export whose message thread is one huge JSON file',
      expectation: 'import',
      heavy: true,
      build: async (dir) => [
        await writeHugeJsonExport(join(dir, 'huge-json', 'instagram-camille.lefevre-2026-01-12-HUGEJSON')),
      ],
    },
    single(
      'deep-json',
      'JSON nested 100,000 levels deep in files extractors read',
      'import',
      deeplyNested,
      true,
    ),
    single('invalid-utf8', 'invalid UTF-8 in JSON strings, JSON keys and HTML', 'import', invalidUtf8),
    ...(await wrongTypeCases()),
    single(
      'html-scripts',
      'HTML pages with scripts, event handlers and javascript: links',
      'import',
      htmlWithScripts,
    ),
    single(
      'mixed-platforms',
      'an Instagram export with a part of a Facebook export',
      'either',
      async () => (await mixed()).crossPlatform,
    ),
    single(
      'mixed-facebook-exports',
      'part 1 and part 2 of two different Facebook exports',
      'either',
      async () => (await mixed()).twoFacebookExports,
    ),
  ];
}
