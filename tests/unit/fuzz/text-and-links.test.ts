import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rateUrl } from '@core/classify/credibility';
import {
  PLATFORM_DOMAINS,
  REDIRECT_WRAPPERS,
} from '../../../renderer/src/core/classify/credibility/link-hosts';
import type { DomainList } from '@core/classify/credibility';
import { repairMojibake } from '@core/archive';
import { tidyText } from '../../../renderer/src/core/archive/text';
import { findLinks } from '../../../renderer/src/core/archive/links';
import { configureFuzz } from './fuzz-config';

configureFuzz(500);

const messy = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc
    .array(
      fc.constantFrom(
        ' ',
        '\n',
        '\r',
        '\t',
        '\u00a0',
        '\u200b',
        '\u200e',
        '\ufeff',
        '\u202e',
        'e\u0301',
        'a',
        'Ã©',
        '<b>',
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join('')),
);

describe('text repair on random strings', () => {
  it('tidyText is idempotent and leaves no untidy edges', () => {
    fc.assert(
      fc.property(messy, (text) => {
        const tidy = tidyText(text);
        expect(tidyText(tidy)).toBe(tidy);
        expect(tidy).toBe(tidy.trim());
        expect(tidy).toBe(tidy.normalize('NFC'));
      }),
    );
  });

  it('repairMojibake never throws and never lengthens a string', () => {
    fc.assert(
      fc.property(messy, (text) => {
        expect(repairMojibake(text).length).toBeLessThanOrEqual(text.length);
      }),
    );
  });

  it('findLinks returns only http(s) links found in the text', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            messy,
            fc.webUrl(),
            fc.constantFrom('javascript:alert(1)', 'data:text/html,<script>', 'https://x.org/<script>'),
          ),
          { maxLength: 6 },
        ),
        (parts) => {
          const text = parts.join(' ');
          for (const link of findLinks(text)) {
            expect(link).toMatch(/^https?:\/\//i);
          }
        },
      ),
    );
  });
});

const platformHost = fc
  .tuple(fc.constantFrom(...PLATFORM_DOMAINS), fc.constantFrom('', 'www.', 'm.', 'web.', 'business.'))
  .map(([domain, prefix]) => prefix + domain);
const path = fc.array(fc.webSegment(), { maxLength: 4 }).map((segments) => '/' + segments.join('/'));

/** A user list rating every platform domain "low": platforms must still never be rated. */
const hostileList: DomainList = {
  name: 'hostile',
  entries: new Map(
    [...PLATFORM_DOMAINS].map((domain) => [
      domain,
      { bucket: 'low' as const, sources: ['hostile'], tags: [] },
    ]),
  ),
};

describe('URL credibility on random URLs', () => {
  it('never throws on any string, and rates it with one of the known buckets', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 80 }),
          fc.webUrl({ withQueryParameters: true, withFragments: true }),
        ),
        (url) => {
          expect(['low', 'mixed', 'unknown', 'unresolved', 'platform', 'invalid']).toContain(
            rateUrl(url).bucket,
          );
        },
      ),
    );
  });

  it('platforms are never rated, whatever the path, query or lists', () => {
    fc.assert(
      fc.property(
        platformHost,
        path,
        fc.webQueryParameters(),
        fc.constantFrom('http', 'https', 'HTTPS'),
        (host, pathname, query, scheme) => {
          const wrapper = REDIRECT_WRAPPERS.get(host.replace(/^www\./, ''));
          fc.pre(!wrapper || (wrapper.path !== undefined && wrapper.path !== pathname));
          const url = `${scheme}://${host}${pathname}${query ? `?${query}` : ''}`;
          expect(['platform', 'unresolved']).toContain(rateUrl(url, [hostileList]).bucket);
        },
      ),
    );
  });
});
