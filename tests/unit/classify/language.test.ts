import { describe, expect, it } from 'vitest';
import { detectLanguage, detectLanguageWithFranc, quickLanguage } from '@core/classify/language';
import { normalizeText } from '@core/classify/normalize';
import { socialMediaTexts } from '../../bench/classify-texts';
import { LANGUAGE_SAMPLES } from './language-samples';

const verdict = (text: string) => detectLanguage(normalizeText(text), ['en', 'fr']);

describe('detectLanguage', () => {
  it('routes English and French to the model', () => {
    expect(verdict('What a bunch of idiots running this government, unbelievable')).toEqual({
      language: 'en',
      supported: true,
    });
    expect(verdict('Les politiciens sont tous des menteurs, il faut que ça change')).toEqual({
      language: 'fr',
      supported: true,
    });
    expect(verdict('this is so true lol @someone https://example.com').supported).toBe(true);
  });

  it('marks German, Spanish, Italian and Russian as unsupported, with their language', () => {
    expect(verdict('Das ist eine Lüge der Regierung, glaubt ihnen nicht')).toEqual({
      language: 'de',
      supported: false,
    });
    expect(verdict('Esto es una mentira del gobierno, no les creas nada')).toEqual({
      language: 'es',
      supported: false,
    });
    expect(verdict('Il governo ha annunciato oggi nuove misure e molti cittadini sono arrabbiati')).toEqual({
      language: 'it',
      supported: false,
    });
    expect(verdict('Привет, как дела? Это всё ложь правительства')).toEqual({
      language: 'ru',
      supported: false,
    });
  });

  it('scores texts too short to tell, or without letters, as undetermined', () => {
    expect(verdict('ok 👍')).toEqual({ language: 'und', supported: true });
    expect(verdict('😂😂😂 https://t.co/x')).toEqual({ language: 'und', supported: true });
    expect(verdict('gg wp')).toEqual({ language: 'und', supported: true });
  });

  it('never scores a short non-Latin text', () => {
    expect(verdict('ложь').supported).toBe(false);
  });

  describe('the shortcut in front of franc', () => {
    const supported = ['en', 'fr'];
    const shortcut = (text: string) => quickLanguage(normalizeText(text), supported);
    const foreign = Object.entries(LANGUAGE_SAMPLES).filter(([language]) => !supported.includes(language));

    it('leaves every Spanish, German, Italian, Portuguese and Dutch text to franc, whose verdict stands', () => {
      for (const [, texts] of foreign) {
        for (const text of texts) {
          expect(shortcut(text), text).toBeNull();
          expect(detectLanguage(normalizeText(text), supported)).toEqual(
            detectLanguageWithFranc(normalizeText(text), supported),
          );
        }
      }
      expect(verdict('Esto es una mentira del gobierno, no les creas nada')).toEqual({
        language: 'es',
        supported: false,
      });
    });

    it('decides most English and French texts, always in their own language', () => {
      for (const language of supported) {
        const texts = LANGUAGE_SAMPLES[language]!;
        const decided = texts.filter((text) => shortcut(text) !== null);
        expect(decided.length, language).toBeGreaterThanOrEqual(Math.ceil(texts.length * 0.75));
        for (const text of decided) expect(shortcut(text), text).toEqual({ language, supported: true });
      }
    });

    it('scores exactly the texts franc would score', () => {
      const texts = [...socialMediaTexts(1000), ...Object.values(LANGUAGE_SAMPLES).flat()];
      for (const text of texts) {
        const normalized = normalizeText(text);
        expect(detectLanguage(normalized, supported).supported, text).toBe(
          detectLanguageWithFranc(normalized, supported).supported,
        );
      }
    });

    it('stays out of the way when the model supports neither English nor French', () => {
      expect(quickLanguage('what a bunch of idiots running this government', ['de'])).toBeNull();
      expect(
        detectLanguage(normalizeText('Das ist eine Lüge der Regierung, glaubt ihnen nicht'), ['de']),
      ).toEqual({ language: 'de', supported: true });
    });
  });
});
