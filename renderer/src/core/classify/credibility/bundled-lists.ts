import table from './credibility-table.json';
import type { DomainList, ListedDomain } from './types';

const SOURCE_NAMES: Readonly<Record<string, string>> = { c: 'CRED-1', o: 'OpenSources' };

function decode(value: string): ListedDomain {
  const [bucket, sources = '', tags = ''] = value.split('|');
  return {
    bucket: bucket === 'l' ? 'low' : 'mixed',
    sources: [...sources].map((code) => SOURCE_NAMES[code] ?? code),
    tags: tags === '' ? [] : tags.split(','),
  };
}

let bundled: DomainList | undefined;

/** CRED-1 and OpenSources merged by build-table.mjs; decoded once, on first use. */
export function bundledList(): DomainList {
  bundled ??= {
    name: 'bundled',
    entries: new Map(
      Object.entries(table.domains as Record<string, string>).map(([key, value]) => [key, decode(value)]),
    ),
  };
  return bundled;
}
