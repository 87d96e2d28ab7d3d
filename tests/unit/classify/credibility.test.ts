import { describe, expect, it } from 'vitest';
import { ATTRIBUTION, parseUserDomainList, rateUrl } from '@core/classify/credibility';

describe('rateUrl with the bundled lists', () => {
  it('rates a listed domain low, whatever the case, www., path or tracking parameters', () => {
    const rating = rateUrl('HTTPS://WWW.InfoWars.com/some/article?utm_source=fb&fbclid=abc#top');
    expect(rating.bucket).toBe('low');
    expect(rating.domain).toBe('infowars.com');
    expect(rating.matchedDomain).toBe('infowars.com');
    expect(rating.sources).toEqual(expect.arrayContaining(['CRED-1', 'OpenSources']));
    expect(rating.tags).toEqual(expect.arrayContaining(['conspiracy', 'mbfc-factual-vl']));
    expect(rating.url).toBe('HTTPS://WWW.InfoWars.com/some/article?utm_source=fb&fbclid=abc#top');
  });

  it('matches parent domains and path prefixes, most specific first', () => {
    const sub = rateUrl('http://news.infowars.com/x');
    expect(sub.bucket).toBe('low');
    expect(sub.matchedDomain).toBe('infowars.com');
    expect(rateUrl('businessdailynetwork.com/states/ak/story').matchedDomain).toBe(
      'businessdailynetwork.com/states/ak',
    );
  });

  it('gives mixed for mixed factual reporting and keeps unlisted domains unknown, never reliable', () => {
    expect(rateUrl('https://163.com/news').bucket).toBe('mixed');
    const unlisted = rateUrl('https://www.lemonde.fr/politique/');
    expect(unlisted).toEqual({
      url: 'https://www.lemonde.fr/politique/',
      domain: 'lemonde.fr',
      bucket: 'unknown',
      sources: [],
    });
  });

  it('reports shorteners as unresolved and never rates the platforms', () => {
    for (const url of [
      'https://bit.ly/3abc',
      't.co/xyz',
      'https://tinyurl.com/y',
      'http://ow.ly/a',
      'lnkd.in/q',
    ]) {
      expect(rateUrl(url).bucket, url).toBe('unresolved');
    }
    for (const url of [
      'https://www.facebook.com/someone/posts/1',
      'https://m.facebook.com/story.php',
      'https://instagram.com/p/abc',
      'https://www.youtube.com/watch?v=x',
      'https://www.google.com/search?q=infowars.com',
      'https://threads.net/@a',
      'https://web.whatsapp.com',
      'https://messenger.com/t/1',
    ]) {
      expect(rateUrl(url).bucket, url).toBe('platform');
    }
  });

  it('rates the target of a platform redirect, not the platform', () => {
    const wrapped = 'https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.infowars.com%2Fa%3Ffbclid%3Dx&h=AT0';
    const rating = rateUrl(wrapped);
    expect(rating.bucket).toBe('low');
    expect(rating.domain).toBe('infowars.com');
  });

  it('calls malformed links invalid', () => {
    for (const url of ['', 'not a link', 'javascript:alert(1)', 'mailto:a@b.c', 'http://localhost/x']) {
      expect(rateUrl(url).bucket, url).toBe('invalid');
    }
  });

  it('carries the attribution the licences require', () => {
    expect(ATTRIBUTION.text).toContain('CRED-1 by Alexander Loth');
    expect(ATTRIBUTION.text).toContain('CC BY 4.0');
    expect(ATTRIBUTION.text).toContain('OpenSources');
  });
});

describe('user domain lists', () => {
  it('reads CSV with header, comments and tags, and matches parent domains', () => {
    const parsed = parseUserDomainList(
      '# my list\ndomain,rating,tags\nwww.Exemple-Douteux.fr,low,fake;conspiracy\nblog.example.org/politique,mixed,\nbad row\n',
      'Mes sources',
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.problems).toHaveLength(1);
    const rating = rateUrl('https://actu.exemple-douteux.fr/article', [parsed.list]);
    expect(rating).toMatchObject({
      bucket: 'low',
      matchedDomain: 'exemple-douteux.fr',
      sources: ['Mes sources'],
    });
    expect(rating.tags).toEqual(['fake', 'conspiracy']);
    expect(rateUrl('https://blog.example.org/politique/x', [parsed.list]).bucket).toBe('mixed');
    expect(rateUrl('https://blog.example.org/cuisine/x', [parsed.list]).bucket).toBe('unknown');
  });

  it('reads JSON, and the lowest rating of all lists wins while every list is named', () => {
    const parsed = parseUserDomainList(
      JSON.stringify({ name: 'Team list', domains: [{ domain: '163.com', rating: 'low', tags: ['spam'] }] }),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const rating = rateUrl('https://163.com/a', [parsed.list]);
    expect(rating.bucket).toBe('low');
    expect(rating.sources).toEqual(['CRED-1', 'Team list']);
  });

  it('refuses lists with nothing usable, never a "reliable" rating', () => {
    expect(parseUserDomainList('{oops').ok).toBe(false);
    expect(parseUserDomainList('example.com,reliable').ok).toBe(false);
    expect(parseUserDomainList('[]').ok).toBe(false);
  });
});
