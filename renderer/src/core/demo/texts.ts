export type Tone = 'ordinary' | 'divisive' | 'misleading';
export type Language = 'en' | 'fr';

/** A piece of text written for the demo, with what it is meant to be. */
export interface DemoText {
  readonly text: string;
  readonly tone: Tone;
  readonly language: Language;
}

export const en = (text: string, tone: Tone = 'ordinary'): DemoText => ({ text, tone, language: 'en' });
export const fr = (text: string, tone: Tone = 'ordinary'): DemoText => ({ text, tone, language: 'fr' });

/** Low-credibility domains, taken from the OpenSources list (types fake and conspiracy). */
export const LOW_CREDIBILITY = {
  fake1: 'http://abcnews.com.co',
  fake2: 'http://americannews.com',
  fake3: 'http://24newsflash.com',
  conspiracy1: 'https://www.activistpost.com',
  conspiracy2: 'http://conspiracywire.com',
} as const;
