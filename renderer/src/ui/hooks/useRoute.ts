import { useCallback, useEffect, useState } from 'react';

export const PAGES = [
  'import',
  'overview',
  'timeline',
  'people',
  'items',
  'exposure',
  'share',
  'settings',
] as const;
export type PageId = (typeof PAGES)[number];

export interface Route {
  readonly page: PageId;
  readonly params: URLSearchParams;
}

const isPage = (value: string): value is PageId => (PAGES as readonly string[]).includes(value);

/** Reads `#/page?key=value` from the location hash. */
export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  return { page: isPage(path) ? path : 'import', params: new URLSearchParams(query) };
}

export function hrefFor(page: PageId, params?: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {})) if (value !== undefined) query.set(key, value);
  const search = query.toString();
  return `#/${page}${search ? `?${search}` : ''}`;
}

export function useRoute(): [Route, (page: PageId, params?: Record<string, string | undefined>) => void] {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((page: PageId, params?: Record<string, string | undefined>) => {
    window.location.hash = hrefFor(page, params);
  }, []);
  return [route, navigate];
}
