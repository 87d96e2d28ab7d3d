import { OWNER } from './cast';
import { createClock, EXPORT_DATE } from './clock';
import { exactTime, minuteTime } from './expect';
import { facebookJsonFiles } from './facebook-json';
import { facebookE2eeFiles, splitIntoTwoParts } from './facebook-messages';
import { facebookHtmlFiles } from './facebook-html';
import { facebookExpectations } from './facebook-manifest';
import { buildFacebookScenario } from './facebook-scenario';
import type { DemoPart } from './files';
import { instagramHtmlFiles } from './instagram-html';
import { instagramJsonFiles } from './instagram-json';
import { instagramExpectations } from './instagram-manifest';
import type { InstagramLayout } from './instagram-paths';
import { buildInstagramScenario } from './instagram-scenario';
import { DEMO_LABELS } from './labels';
import {
  DEMO_MANIFEST_VERSION,
  type DemoExportKey,
  type DemoExportManifest,
  type DemoManifest,
} from './manifest';
import { createRandom } from './random';
import type { Language } from './texts';
import { zipFiles } from './zip';

export type {
  DemoExportKey,
  DemoExportManifest,
  DemoManifest,
  ExpectedExposure,
  ExpectedItem,
} from './manifest';
export type { DemoFile, DemoPart } from './files';
export type { InstagramLayout } from './instagram-paths';
export type { Language, Tone } from './texts';
export { DEMO_LABELS } from './labels';
export { toMetaJson, escapeLikeMeta } from './meta-json';
export { formatHtmlDate } from './html-page';

export const DEFAULT_DEMO_SEED = 20260112;

export interface DemoOptions {
  /** Same seed, same bytes. */
  readonly seed?: number;
  /** IG-3 (2025–2026, `media/`, `label_values` likes) by default; IG-2 (`content/`, older shapes) on request. */
  readonly instagramLayout?: InstagramLayout;
  /** The Instagram account's language (labels, HTML dates); French by default. Facebook is English. */
  readonly instagramLocale?: Language;
  /**
   * Deflate with the platform's CompressionStream rather than zip.js's embedded (WebAssembly) codec: faster, and
   * no WebAssembly needed, but the ZIP bytes then match only on the same platform. The files and manifest do not change.
   */
  readonly nativeCompression?: boolean;
}

/** One demo export before zipping: its parts and what an importer should find in them. */
export interface DemoExportFiles {
  readonly manifest: DemoExportManifest;
  readonly parts: readonly DemoPart[];
}

export interface DemoZip {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface DemoExport {
  readonly manifest: DemoExportManifest;
  /** In part order; the Facebook JSON export has two parts and the separate E2EE chat backup. */
  readonly zips: readonly DemoZip[];
}

export interface DemoBundle {
  readonly manifest: DemoManifest;
  readonly exports: readonly DemoExport[];
}

/** The four demo exports as file lists (pure and synchronous: usable to derive hostile variants). */
export function buildDemoExportFiles(options: DemoOptions = {}): DemoExportFiles[] {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const layout = options.instagramLayout ?? 'IG-3';
  const igLocale = options.instagramLocale ?? 'fr';
  const scenarioRandom = createRandom(seed);
  const clock = createClock(scenarioRandom);
  const instagram = buildInstagramScenario(scenarioRandom, clock);
  const facebook = buildFacebookScenario(scenarioRandom, clock);
  const fileRandom = createRandom(seed ^ 0x5eed);
  const zipName = (platform: string, suffix = '') =>
    `${platform}-${OWNER.username}-${EXPORT_DATE}-${fileRandom.token(8)}${suffix}.zip`;

  const common = { owner: OWNER };
  const htmlLimits = [
    'HTML dates are localised strings without seconds or time zone; the demo writes them in UTC',
    'HTML carries no ids and no media metadata',
  ];
  const igJson = instagramExpectations(instagram, layout, 'json', exactTime);
  const igHtml = instagramExpectations(instagram, layout, 'html', minuteTime);
  const fbJson = facebookExpectations(facebook, 'json', exactTime);
  const fbHtml = facebookExpectations(facebook, 'html', minuteTime);
  const [fbPart1, fbPart2] = splitIntoTwoParts(
    facebookJsonFiles(facebook, fileRandom),
    facebook.splitThreadFolder,
  );

  const exportOf = (
    key: DemoExportKey,
    rest: Omit<DemoExportManifest, 'key' | 'zipNames' | 'owner' | 'platform' | 'format'>,
    parts: DemoPart[],
  ): DemoExportFiles => {
    const [platform, format] = key.split('-') as [
      DemoExportManifest['platform'],
      DemoExportManifest['format'],
    ];
    return {
      manifest: { key, platform, format, zipNames: parts.map((part) => part.zipName), ...common, ...rest },
      parts,
    };
  };
  const igJsonName = zipName('instagram');
  const igHtmlName = zipName('instagram');
  const fbSuffixId = fileRandom.token(8);
  const fbName = (part: number) => `facebook-${OWNER.username}-${EXPORT_DATE}-${fbSuffixId}-part${part}.zip`;
  return [
    exportOf(
      'instagram-json',
      {
        locale: igLocale,
        layout,
        timestampPrecision: 'exact',
        limits: [],
        items: igJson.items,
        exposures: igJson.exposures,
      },
      [
        {
          zipName: igJsonName,
          files: instagramJsonFiles(instagram, layout, DEMO_LABELS[igLocale], fileRandom),
        },
      ],
    ),
    exportOf(
      'instagram-html',
      {
        locale: igLocale,
        layout,
        timestampPrecision: 'minute',
        limits: htmlLimits,
        items: igHtml.items,
        exposures: igHtml.exposures,
      },
      [
        {
          zipName: igHtmlName,
          files: instagramHtmlFiles(instagram, layout, DEMO_LABELS[igLocale], igLocale),
        },
      ],
    ),
    exportOf(
      'facebook-json',
      {
        locale: 'en',
        layout: 'FB-3',
        timestampPrecision: 'exact',
        limits: [
          'messages.zip is the separate Messenger end-to-end-encrypted backup (camelCase, clean UTF-8)',
        ],
        items: fbJson.items,
        exposures: fbJson.exposures,
      },
      [
        { zipName: fbName(1), files: fbPart1 },
        { zipName: fbName(2), files: fbPart2 },
        { zipName: 'messages.zip', files: facebookE2eeFiles(facebook) },
      ],
    ),
    exportOf(
      'facebook-html',
      {
        locale: 'en',
        layout: 'FB-3',
        timestampPrecision: 'minute',
        limits: htmlLimits,
        items: fbHtml.items,
        exposures: fbHtml.exposures,
      },
      [{ zipName: zipName('facebook'), files: facebookHtmlFiles(facebook) }],
    ),
  ];
}

/**
 * Generates the four demo exports as ZIP bytes plus the manifest of what was planted. Pure: no file system, runs
 * in a browser worker and in Node. In the app: `const { exports } = await generateDemoExports()`, then import
 * `exports[i].zips` as `new File([zip.bytes], zip.name)`.
 */
export async function generateDemoExports(options: DemoOptions = {}): Promise<DemoBundle> {
  const built = buildDemoExportFiles(options);
  const exports: DemoExport[] = [];
  for (const entry of built) {
    const zips: DemoZip[] = [];
    for (const part of entry.parts)
      zips.push({ name: part.zipName, bytes: await zipFiles(part.files, options.nativeCompression) });
    exports.push({ manifest: entry.manifest, zips });
  }
  return {
    manifest: {
      version: DEMO_MANIFEST_VERSION,
      seed: options.seed ?? DEFAULT_DEMO_SEED,
      exportDate: EXPORT_DATE,
      exports: built.map((entry) => entry.manifest),
    },
    exports,
  };
}
