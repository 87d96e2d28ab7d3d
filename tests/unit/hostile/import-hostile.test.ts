import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExtractSummary } from '@core/archive';
import { COMMANDS } from '../../../electron/cli/commands';
import { runCli } from '../../../electron/cli/run';
import {
  ENCRYPTED_ENTRY_PATHS,
  hostileCases,
  ODD_NAMES,
  STRESS,
  TRAVERSAL_NAMES,
  type HostileCase,
} from '../../harness/hostile';
import { REPO_ROOT } from '../../harness/paths';

const scratch = await mkdtemp(join(tmpdir(), 'loupe-hostile-import-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));
const cases = await hostileCases();
// At full size (16 GiB of zeros for the many-entries bomb) a heavy case takes minutes on a loaded machine.
// spawnSync blocks the test's own timer: the child's limit must come first, so that it is what reports.
const HEAVY_CHILD_MS = STRESS ? 580_000 : 110_000;
const HEAVY_TEST_MS = HEAVY_CHILD_MS + 20_000;
/** Inflated bytes are Buffers, outside the V8 heap limit: the bombs' bound on them is checked on the RSS. */
const BOMB_RSS_LIMIT = 512 * 2 ** 20;
const program = { version: '0.0.0', commands: COMMANDS };

interface Outcome {
  readonly refused: string | null;
  readonly summary: ExtractSummary | null;
  /** `loupe: warning:` lines. */
  readonly warnings?: readonly string[];
}

/** `loupe extract` in-process: exit 0 with a summary, or exit 2 with one message; never an internal error. */
async function extractInProcess(paths: readonly string[]): Promise<Outcome> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk.toString()));
  stderr.on('data', (chunk: Buffer) => err.push(chunk.toString()));
  const code = await runCli(program, ['extract', ...paths, '--out', join(scratch, 'records.jsonl')], {
    stdout,
    stderr,
    stdin: new PassThrough(),
  });
  const errors = err.join('').split('\n').filter(Boolean);
  expect(
    errors.filter((line) => !line.startsWith('loupe: ')),
    'stderr lines other than loupe: messages',
  ).toEqual([]);
  expect(errors.join('\n')).not.toMatch(/internal error|\n\s+at /);
  expect([0, 2]).toContain(code);
  if (code === 2) {
    const messages = errors.filter((line) => !line.startsWith('loupe: warning: '));
    expect(messages, 'one clear refusal').toHaveLength(1);
    return { refused: messages[0]!, summary: null };
  }
  const summaryLine = out.join('').trim().split('\n').at(-1)!;
  return {
    refused: null,
    summary: JSON.parse(summaryLine) as ExtractSummary,
    warnings: errors.filter((line) => line.startsWith('loupe: warning: ')),
  };
}

/** The import in a child process under a heap limit (256 MB by default), for the cases that could exhaust memory. */
function extractUnderHeapLimit(
  paths: readonly string[],
  limits: object = {},
  heapMiB = 256,
): Outcome & { peakRssBytes: number } {
  const child = spawnSync(
    process.execPath,
    [`--max-old-space-size=${heapMiB}`, '--import', 'tsx', 'tests/harness/hostile/run-extract.ts', ...paths],
    {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, LOUPE_HOSTILE_LIMITS: JSON.stringify(limits) },
      timeout: HEAVY_CHILD_MS,
      maxBuffer: 16 * 2 ** 20,
    },
  );
  expect(child.error, 'the import finished in time').toBeUndefined();
  expect(child.stderr).not.toMatch(/heap out of memory|\n\s+at /);
  expect(child.status).toBe(0);
  const result = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as {
    ok: boolean;
    error?: string;
    summary?: ExtractSummary;
    peakRssBytes?: number;
  };
  return {
    refused: result.ok ? null : result.error!,
    summary: result.summary ?? null,
    peakRssBytes: result.peakRssBytes ?? 0,
  };
}

function checkExpectation(entry: HostileCase, outcome: Outcome): void {
  if (entry.expectation === 'refuse') expect(outcome.refused, `${entry.id} should be refused`).not.toBeNull();
  if (entry.expectation === 'import') {
    expect(outcome.refused, `${entry.id} should import`).toBeNull();
    expect(outcome.summary!.items.total + outcome.summary!.exposures.total).toBeGreaterThan(0);
  }
  if (outcome.refused !== null) {
    expect(outcome.refused.length).toBeLessThan(400);
    expect(outcome.refused).not.toMatch(/undefined|\[object |Error:/);
  }
}

const skippedPaths = (summary: ExtractSummary | null) =>
  summary?.filesSkipped.files.map((file) => file.path) ?? [];

describe('the importer on the hostile corpus', () => {
  for (const entry of cases.filter((candidate) => !candidate.heavy)) {
    it(`${entry.id}: ${entry.description}`, async () => {
      const paths = await entry.build(join(scratch, 'cases'));
      checkExpectation(entry, await extractInProcess(paths));
    });
  }

  const buildCase = async (id: string) =>
    cases.find((candidate) => candidate.id === id)!.build(join(scratch, 'named'));
  /** The sound demo export (the zip64 case holds it unchanged), to compare counts with. */
  let plainOutcome: Outcome | undefined;
  const plainDemo = async () => (plainOutcome ??= await extractInProcess(await buildCase('zip64')));

  it('a password-protected export is refused with one message that says so, not a warning per file', async () => {
    const outcome = await extractInProcess(await buildCase('encrypted'));
    expect(outcome.refused).toMatch(
      /^loupe: instagram-.+\.zip is password-protected; Meta's exports are not encrypted/,
    );
  });

  it('a partly encrypted export: the encrypted entries are named and skipped, the rest imported', async () => {
    const outcome = await extractInProcess(await buildCase('partly-encrypted'));
    expect(outcome.refused).toBeNull();
    const skipped = outcome.summary!.filesSkipped.files.filter((file) => file.reason === 'encrypted');
    expect(skipped.map((file) => file.path).sort()).toEqual([...ENCRYPTED_ENTRY_PATHS].sort());
    for (const path of ENCRYPTED_ENTRY_PATHS)
      expect(outcome.warnings!.some((line) => line.includes(path) && /password-protected/.test(line))).toBe(
        true,
      );
    const plain = (await plainDemo()).summary!;
    expect(outcome.summary!.items.byKind.comment).toBeLessThan(plain.items.byKind.comment!);
    expect(outcome.summary!.items.byKind.message).toBe(plain.items.byKind.message);
    expect(outcome.summary!.items.byKind.message).toBeGreaterThan(0);
  });

  it('unsafe entry names (.., absolute, drive, UNC) are each skipped and named; the export imports', async () => {
    const outcome = await extractInProcess(await buildCase('traversal-names'));
    expect(outcome.refused).toBeNull();
    const unsafe = outcome.summary!.filesSkipped.files.filter((file) => file.reason === 'unsafe_name');
    expect(unsafe.map((file) => file.path).sort()).toEqual([...TRAVERSAL_NAMES].sort());
    // None of the traversal entries' content (a thread saying "hello from an odd file name") was read.
    expect(outcome.summary!.items.byKind.message).toBe((await plainDemo()).summary!.items.byKind.message);
    expect(outcome.warnings!.filter((line) => /unsafe_name/.test(line))).toHaveLength(TRAVERSAL_NAMES.length);
  });

  it('names with control characters are skipped, named with the controls escaped; odd but safe names import', async () => {
    const outcome = await extractInProcess(await buildCase('odd-names'));
    const unsafe = outcome.summary!.filesSkipped.files.filter((file) => file.reason === 'unsafe_name');
    // eslint-disable-next-line no-control-regex
    const withControls = ODD_NAMES.filter((name) => /[\u0000-\u001f]/.test(name));
    expect(unsafe).toHaveLength(withControls.length);
    // eslint-disable-next-line no-control-regex
    for (const file of unsafe) expect(file.path).not.toMatch(/[\u0000-\u001f\u007f]/);
    expect(unsafe.map((file) => file.path)).toContain(
      'your_instagram_activity/comments/post\\u{0}_comments_2.json',
    );
    // eslint-disable-next-line no-control-regex
    for (const line of outcome.warnings!) expect(line).not.toMatch(/[\u0000-\u001f\u007f]/);
    expect(outcome.summary!.items.byKind.message).toBeGreaterThan(0);
  });

  it(
    'the ratio bomb: the bomb entry is skipped and named, the rest imported, under a 256 MB heap',
    async () => {
      const entry = cases.find((candidate) => candidate.id === 'bomb-ratio')!;
      const outcome = extractUnderHeapLimit(await entry.build(join(scratch, 'heavy')));
      checkExpectation(entry, outcome);
      expect(skippedPaths(outcome.summary)).toContain('your_instagram_activity/media/posts_2.json');
      expect(outcome.peakRssBytes, 'peak RSS').toBeLessThan(BOMB_RSS_LIMIT);
    },
    HEAVY_TEST_MS,
  );

  it(
    'many entries past the total cap: stopped at the cap, under a 256 MB heap',
    async () => {
      const entry = cases.find((candidate) => candidate.id === 'bomb-many-entries')!;
      const limits = STRESS ? {} : { maxTotalBytes: 64 * 2 ** 20 };
      const outcome = extractUnderHeapLimit(await entry.build(join(scratch, 'heavy')), limits);
      checkExpectation(entry, outcome);
      expect(outcome.summary!.filesSkipped.byReason).toHaveProperty('total_cap');
      expect(outcome.peakRssBytes, 'peak RSS').toBeLessThan(BOMB_RSS_LIMIT);
    },
    HEAVY_TEST_MS,
  );

  for (const id of ['huge-json', 'deep-json']) {
    it(
      `${id}: completes under a 256 MB heap`,
      async () => {
        const entry = cases.find((candidate) => candidate.id === id)!;
        const outcome = extractUnderHeapLimit(await entry.build(join(scratch, 'heavy')));
        checkExpectation(entry, outcome);
      },
      HEAVY_TEST_MS,
    );
  }

  // zip.js's getEntries() holds about 5.7 KB per entry (575 MiB for 100,000): the ZIP source iterates
  // getEntriesGenerator() and keeps only each entry's location, so listing stays small.
  it(
    'tiny-entries: 100,000 entries import under a 256 MB heap',
    async () => {
      const entry = cases.find((candidate) => candidate.id === 'tiny-entries')!;
      const outcome = extractUnderHeapLimit(await entry.build(join(scratch, 'heavy')));
      checkExpectation(entry, outcome);
      expect(outcome.summary!.mediaSkipped.count).toBeGreaterThanOrEqual(50_000);
    },
    HEAVY_TEST_MS,
  );
});
