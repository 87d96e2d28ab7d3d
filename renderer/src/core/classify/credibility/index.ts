import { bundledList } from './bundled-lists';
import { PLATFORM_DOMAINS, SHORTENER_DOMAINS } from './link-hosts';
import type { DomainList, LinkRating, ListedDomain } from './types';
import { hostAndParents, parseLink, type ParsedLink } from './url';

export type { CredibilityBucket, DomainList, LinkRating, ListedBucket, ListedDomain } from './types';
export { parseUserDomainList, type UserListResult } from './user-lists';
export { parseLink } from './url';

/** Shown in the UI wherever a rating from the bundled lists appears (CC BY 4.0 requires it). */
export const ATTRIBUTION = {
  text:
    'Source ratings: CRED-1 by Alexander Loth (CC BY 4.0), built from OpenSources.co by Melissa Zimdars et al. ' +
    '(CC BY 4.0) and the Iffy.news Index (MIT) by iffy.news / Reynolds Journalism Institute, enriched with the ' +
    'Google Fact Check Tools and Safe Browsing APIs; and OpenSources (2017) by Melissa Zimdars et al. A domain ' +
    'on no list is unknown, not reliable.',
  sources: [
    {
      name: 'CRED-1',
      author: 'Alexander Loth',
      license: 'CC BY 4.0',
      url: 'https://creativecommons.org/licenses/by/4.0/',
    },
    {
      name: 'OpenSources',
      author: 'Melissa Zimdars et al.',
      license: 'CC BY 4.0 as stated by its authors (LGPL-3.0 in its repository)',
      url: 'http://opensources.co',
    },
  ],
} as const;

/** List keys to try for a link, most specific first: host + path prefixes, then the host, then parents. */
function candidateKeys(link: ParsedLink): string[] {
  const keys: string[] = [];
  for (const domain of hostAndParents(link.host)) {
    for (let depth = link.pathSegments.length; depth > 0; depth--) {
      keys.push(`${domain}/${link.pathSegments.slice(0, depth).join('/')}`);
    }
    keys.push(domain);
  }
  return keys;
}

function firstMatch(list: DomainList, keys: readonly string[]): [string, ListedDomain] | null {
  for (const key of keys) {
    const entry = list.entries.get(key);
    if (entry) return [key, entry];
  }
  return null;
}

/**
 * Rates a link against the bundled lists and the user's lists. Shorteners are `unresolved` (no network
 * to expand them), the platforms are `platform` (never rated), and a domain on no list is `unknown`.
 * When several lists match, the lowest rating wins and every list that said so is named.
 */
export function rateUrl(url: string, lists: readonly DomainList[] = []): LinkRating {
  const link = parseLink(url);
  if (!link) return { url, domain: null, bucket: 'invalid', sources: [] };
  const domain = link.host;
  const hosts = hostAndParents(domain);
  if (hosts.some((host) => SHORTENER_DOMAINS.has(host)))
    return { url, domain, bucket: 'unresolved', sources: [] };
  if (hosts.some((host) => PLATFORM_DOMAINS.has(host)))
    return { url, domain, bucket: 'platform', sources: [] };
  const keys = candidateKeys(link);
  const matches = [bundledList(), ...lists].flatMap((list) => {
    const match = firstMatch(list, keys);
    return match ? [match] : [];
  });
  if (matches.length === 0) return { url, domain, bucket: 'unknown', sources: [] };
  const bucket = matches.some(([, entry]) => entry.bucket === 'low') ? 'low' : 'mixed';
  const unique = (values: string[]) => [...new Set(values)];
  return {
    url,
    domain,
    bucket,
    matchedDomain: matches.find(([, entry]) => entry.bucket === bucket)![0],
    sources: unique(matches.flatMap(([, entry]) => entry.sources)),
    tags: unique(matches.flatMap(([, entry]) => entry.tags)),
  };
}
