import { describe, expect, it } from 'vitest';
import { detectLanguage } from '@core/classify/language';
import { normalizeText } from '@core/classify/normalize';

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
});
