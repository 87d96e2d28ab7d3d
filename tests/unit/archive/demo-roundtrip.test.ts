import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDemoExports, type DemoBundle } from '@core/demo';
import type { Exposure, Item } from '@core/model';
import { extractCommand } from '../../../electron/cli/commands/extract';
import { runCli } from '../../../electron/cli/run';
import { writeFolder } from './builders';

type Record = { type: 'item' } & Item;
type ExposureRecord = { type: 'exposure' } & Exposure;

const itemKey = (item: Omit<Item, 'v' | 'id' | 'archiveId'>): string =>
  JSON.stringify([
    item.platform,
    item.kind,
    item.direction,
    item.author,
    item.conversation,
    item.timestamp,
    item.text,
  ]);
const exposureKey = (exposure: Omit<Exposure, 'v' | 'id' | 'archiveId'>): string =>
  JSON.stringify([
    exposure.platform,
    exposure.kind,
    exposure.label,
    exposure.account,
    exposure.url,
    exposure.timestamp,
  ]);
const sorted = (keys: string[]) => [...keys].sort();

const folder = writeFolder({});
afterAll(() => folder.cleanup());
let bundle: DemoBundle | undefined;
const demo = async () => (bundle ??= await generateDemoExports());

describe('extract on the demo exports', () => {
  for (const key of ['instagram-json', 'instagram-html', 'facebook-json', 'facebook-html'] as const) {
    it(`yields exactly the items and exposures the generator planted in ${key}`, async () => {
      const planted = (await demo()).exports.find((entry) => entry.manifest.key === key)!;
      const paths = planted.zips.map((zip) => {
        const path = join(folder.dir, zip.name);
        writeFileSync(path, zip.bytes);
        return path;
      });
      const out = join(folder.dir, `${key}.jsonl`);
      const stdout = new PassThrough();
      let summary = '';
      stdout.on('data', (chunk: Buffer) => (summary += chunk.toString()));
      const code = await runCli(
        { version: 'test', commands: [extractCommand] },
        ['extract', ...paths, '--out', out],
        {
          stdout,
          stderr: new PassThrough(),
          stdin: new PassThrough(),
        },
      );
      expect(code).toBe(0);
      const records = readFileSync(out, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record | ExposureRecord);
      const items = records.filter((record): record is Record => record.type === 'item');
      const exposures = records.filter((record): record is ExposureRecord => record.type === 'exposure');
      expect(sorted(items.map(itemKey))).toEqual(sorted(planted.manifest.items.map(itemKey)));
      expect(sorted(exposures.map(exposureKey))).toEqual(sorted(planted.manifest.exposures.map(exposureKey)));
      expect(JSON.parse(summary).platforms).toEqual([planted.manifest.platform]);
    });
  }
});
