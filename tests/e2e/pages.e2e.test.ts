import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDemoAndClassify } from '../harness/app-actions';
import { openApp, type AppSession } from '../harness/browser';

const PAGES = ['import', 'overview', 'timeline', 'people', 'items', 'exposure', 'share', 'settings'] as const;

/** Words each page shows in each language, to prove the page is translated and not left in English. */
const HEADINGS: Record<'en' | 'fr', Record<(typeof PAGES)[number], string>> = {
  en: {
    import: 'Import your data',
    overview: 'Overview',
    timeline: 'Timeline',
    people: 'People and sources',
    items: 'Items',
    exposure: 'Exposure',
    share: 'Share with a study',
    settings: 'Settings',
  },
  fr: {
    import: 'Importer vos données',
    overview: 'Vue d’ensemble',
    timeline: 'Chronologie',
    people: 'Personnes et sources',
    items: 'Textes',
    exposure: 'Exposition',
    share: 'Partager avec une étude',
    settings: 'Réglages',
  },
};

describe('every page, in English and in French', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp();
    await importDemoAndClassify(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  for (const locale of ['en', 'fr'] as const) {
    it(`shows each page in ${locale}`, async () => {
      await app.page.goto(app.server.origin + '/#/settings');
      await app.page.getByTestId('locale').selectOption(locale);
      await app.page.waitForFunction((lang) => document.documentElement.lang === lang, locale);
      for (const page of PAGES) {
        await app.page.goto(app.server.origin + `/#/${page}`);
        await app.page.getByRole('heading', { level: 1, name: HEADINGS[locale][page] }).waitFor();
        if (page === 'items') {
          await app.page.getByTestId('item-row').first().click();
          await app.page.getByTestId('explain').click();
          await app.page.locator('[data-testid="item-text"] mark').first().waitFor({ timeout: 60_000 });
        }
        if (page === 'timeline' || page === 'overview')
          await app.page.locator('.recharts-bar-rectangle').first().waitFor();
        await app.screenshot(`page-${page}-${locale}`);
      }
      // Dates and numbers follow the language too.
      await app.page.goto(app.server.origin + '/#/import');
      const period = await app.page.getByTestId('archive-row').first().locator('td').nth(2).textContent();
      expect(period).toMatch(locale === 'fr' ? /\d{1,2} [a-zéû]+\.? \d{4}/ : /[A-Z][a-z]{2} \d{1,2}, \d{4}/);
      expect(app.pageErrors).toEqual([]);
    });
  }

  it('is usable with the keyboard: every control has a visible focus ring', async () => {
    await app.page.goto(app.server.origin + '/#/overview');
    // The page must exist before a key can move through it (the app renders after the document's load event).
    await app.page.getByTestId('headline-authored').waitFor();
    await app.page.keyboard.press('Tab');
    const first = await app.page.evaluate(() => document.activeElement?.textContent);
    expect(first).toBeTruthy();
    const outline = await app.page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });
});
