import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Exposure, Item } from '@core/model';
import { waitForClassificationDone } from '../harness/app-actions';
import { openApp, type AppSession } from '../harness/browser';
import { runLoupe } from '../harness/cli';
import { activeInsertions, DOM_WATCH_SCRIPT, payloadElements } from '../harness/untrusted/dom-watch';
import { hostileTextExport } from '../harness/untrusted/hostile-text-export';
import { HOSTILE_URLS, TEXT_PAYLOADS } from '../harness/untrusted/payloads';

const dir = mkdtempSync(join(tmpdir(), 'loupe-hostile-text-'));
const TAG = /\b(P\d\d|U\d|F\d)\b/;
const ASCII_PAYLOADS = TEXT_PAYLOADS.filter((payload) => /^[\x20-\x7e]*$/.test(payload));

let zipPath: string;
let items: Item[];
let exposures: Exposure[];
let app: AppSession;
const dialogs: string[] = [];

/** The texts of the archive as the importer reads them: what every view must show literally. */
function readRecords(): void {
  const out = join(dir, 'records.jsonl');
  const run = runLoupe(['extract', zipPath, '--out', out]);
  expect(run.status, run.stderr).toBe(0);
  const records = readFileSync(out, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ({ type: 'item' } & Item) | ({ type: 'exposure' } & Exposure));
  items = records.filter((record): record is { type: 'item' } & Item => record.type === 'item');
  exposures = records.filter(
    (record): record is { type: 'exposure' } & Exposure => record.type === 'exposure',
  );
}

async function expectInert(view: string): Promise<void> {
  expect(await payloadElements(app.page), `${view}: payload elements in the DOM`).toEqual([]);
  expect(await activeInsertions(app.page), `${view}: active elements inserted`).toEqual([]);
  expect(dialogs, `${view}: dialogs`).toEqual([]);
  expect(app.foreignRequests, `${view}: requests that left the origin`).toEqual([]);
}

const textOf = (testId: string) => app.page.getByTestId(testId).first().textContent();
const goto = (hash: string) => app.page.goto(`${app.server.origin}/${hash}`);

beforeAll(async () => {
  const zip = await hostileTextExport();
  zipPath = join(dir, zip.name);
  writeFileSync(zipPath, zip.bytes);
  readRecords();
  app = await openApp();
  app.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await app.page.addInitScript(DOM_WATCH_SCRIPT);
  await goto('#/import');
  await app.page.reload();
  await app.page.getByTestId('file-input').setInputFiles(zipPath);
  await waitForClassificationDone(app.page);
});
afterAll(async () => {
  await app?.close();
});

describe('archive text that is markup and script, in the app', () => {
  it('the export really carries the payloads, as data, through extract', () => {
    const fields = [
      ...items.flatMap((item) => [item.text, item.author, item.conversation, item.sourcePath]),
      ...exposures.flatMap((exposure) => [exposure.label, exposure.account, exposure.url]),
    ];
    for (const payload of ASCII_PAYLOADS) expect(fields, payload).toContain(payload);
    expect(fields.filter((field) => field?.startsWith('https://evil.example/')).length).toBeGreaterThan(0);
    expect(items.some((item) => item.sourcePath.includes("<img src=x onerror=alert('F0')>"))).toBe(true);
  });

  it('Items: the list and the item view show each payload literally, and nothing runs', async () => {
    const tagged = new Map<string, Item>();
    for (const item of items) {
      const tag = TAG.exec(item.text)?.[1];
      if (tag && !tagged.has(tag)) tagged.set(tag, item);
    }
    expect(tagged.size).toBeGreaterThan(12);
    for (const [tag, item] of tagged) {
      await goto(`#/items?q=${encodeURIComponent(tag)}`);
      const row = app.page.getByTestId('item-row').first();
      await row.waitFor();
      expect(await row.textContent(), `${tag} in the list`).toContain(item.text.slice(0, 40));
      await row.click();
      await app.page.getByTestId('item-view').waitFor();
      const shown = await textOf('item-view');
      const candidates = items.filter((other) => other.text.includes(tag)).map((other) => other.text);
      expect(
        candidates.some((text) => shown!.includes(text)),
        `${tag} whole in the item view`,
      ).toBe(true);
      await expectInert(`item ${tag}`);
    }
  });

  it('People: authors and conversations named with markup are shown as text', async () => {
    await goto('#/people');
    await app.page.getByRole('heading', { level: 1 }).waitFor();
    await app.page.waitForTimeout(500);
    const body = (await app.page.locator('main').textContent()) ?? '';
    const names = [
      ...new Set(
        items.flatMap((item) => [item.author, item.conversation]).filter((name) => name && TAG.test(name)),
      ),
    ];
    expect(
      names.some((name) => body.includes(name!)),
      'a hostile name appears literally',
    ).toBe(true);
    await expectInert('people');
  });

  it('Overview, Exposure, Timeline (as a table) and Share (raw file): inert', async () => {
    await goto('#/overview');
    await app.page.getByTestId('headline-authored').waitFor();
    await expectInert('overview');

    await goto('#/exposure');
    await app.page.getByTestId('exposure-followed').waitFor();
    const shown = (await app.page.locator('main').textContent()) ?? '';
    const labels = exposures.flatMap((exposure) => [exposure.label, exposure.account]);
    expect(
      labels.some((label) => label && TAG.test(label) && shown.includes(label)),
      'a topic, interest or advertiser named with markup, literally',
    ).toBe(true);
    await expectInert('exposure');

    await goto('#/timeline');
    await app.page.getByRole('heading', { level: 1 }).waitFor();
    for (const toggle of await app.page.locator('button[aria-pressed="false"]').all()) await toggle.click();
    await expectInert('timeline');

    await goto('#/share');
    await app.page.getByTestId('show-raw').click();
    const raw = (await textOf('raw-summary')) ?? '';
    expect(raw.length).toBeGreaterThan(100);
    expect(raw).not.toMatch(TAG);
    expect(raw).not.toContain('evil.example');
    await expectInert('share');
  });

  it('no page error was raised by the hostile content', () => {
    expect(app.pageErrors).toEqual([]);
  });

  it('control: the watchers do catch an inserted payload and a dialog (so the checks above can fail)', async () => {
    await app.page.evaluate(() => {
      const probe = document.createElement('div');
      probe.innerHTML = '<img src="x" onerror="void 0"><svg onload="void 0"></svg>';
      document.body.append(probe);
    });
    await app.page.evaluate(() => window.alert('control'));
    expect((await payloadElements(app.page)).length).toBeGreaterThanOrEqual(2);
    expect(await activeInsertions(app.page)).toEqual(expect.arrayContaining(['IMG onerror', 'svg onload']));
    expect(dialogs).toEqual(['control']);
  });
});

const elementsOf = (nodes: readonly ChildNode[]): Element[] =>
  nodes.flatMap((node) =>
    node.type === 'tag' || node.type === 'script' || node.type === 'style'
      ? [node as Element, ...elementsOf((node as Element).children)]
      : [],
  );

describe('archive text that is markup and script, in the command line outputs', () => {
  let reportHtml: string;
  let summaryJson: string;

  beforeAll(() => {
    const out = join(dir, 'audit');
    const run = runLoupe(['audit', zipPath, '--out', out], { timeoutMs: 240_000 });
    expect(run.status, run.stderr).toBe(0);
    reportHtml = readFileSync(join(out, 'report.html'), 'utf8');
    summaryJson = readFileSync(join(out, 'summary.json'), 'utf8');
  }, 250_000);

  it('report.html holds the payloads only as escaped text: no payload element or attribute', () => {
    const document = parseDocument(reportHtml);
    const elements = elementsOf(document.children);
    expect(elements.length).toBeGreaterThan(20);
    const active = elements.filter(
      (element) =>
        [
          'script',
          'iframe',
          'object',
          'embed',
          'base',
          'form',
          'img',
          'svg',
          'math',
          'details',
          'link',
          'input',
          'textarea',
        ].includes(element.name) ||
        Object.entries(element.attribs).some(
          ([name, value]) => /^on/i.test(name) || /^\s*(javascript|vbscript|data):/i.test(value),
        ),
    );
    expect(active.map((element) => `<${element.name} ${JSON.stringify(element.attribs)}>`)).toEqual([]);
    const text = elementsOf(document.children)
      .flatMap((element) =>
        element.children
          .filter((child) => child.type === 'text')
          .map((child) => (child as unknown as { data: string }).data),
      )
      .join('\n');
    expect(text, 'the payloads are in the report, as text').toMatch(TAG);
  });

  it('summary.json carries none of the archive strings', () => {
    expect(summaryJson).not.toMatch(TAG);
    for (const url of HOSTILE_URLS) expect(summaryJson).not.toContain(url);
    expect(summaryJson).not.toMatch(/<script|onerror|evil\.example|javascript:/i);
  });
});
