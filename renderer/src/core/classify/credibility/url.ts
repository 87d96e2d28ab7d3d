import { isTrackingParameter, REDIRECT_WRAPPERS } from './link-hosts';

export interface ParsedLink {
  /** Lower-case host without a trailing dot or a leading `www.`. */
  readonly host: string;
  /** Path segments, lower-cased for list matching. */
  readonly pathSegments: readonly string[];
  /** The link without tracking parameters and fragment, after unwrapping a platform redirect. */
  readonly normalized: string;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const MAX_UNWRAPS = 3;

function toUrl(raw: string): URL | null {
  const trimmed = raw.trim();
  if (trimmed === '' || /\s/.test(trimmed)) return null;
  const withScheme =
    SCHEME.test(trimmed) && !/^[^/]+\.[^/]+:\d+/.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(withScheme);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

export function hostOf(url: URL): string {
  return url.hostname.replace(/\.$/, '').replace(/^www\./, '');
}

/** Parses a link as found in an archive; null when it is not an http(s) link to a real host. */
export function parseLink(raw: string): ParsedLink | null {
  let url = toUrl(raw);
  for (let unwraps = 0; url && unwraps < MAX_UNWRAPS; unwraps++) {
    const wrapper = REDIRECT_WRAPPERS.get(hostOf(url));
    const target =
      wrapper && (!wrapper.path || url.pathname === wrapper.path)
        ? url.searchParams.get(wrapper.parameter)
        : null;
    if (!target) break;
    url = toUrl(target);
  }
  if (!url) return null;
  const host = hostOf(url);
  if (!host.includes('.') && !host.startsWith('[')) return null;
  for (const name of [...url.searchParams.keys()]) {
    if (isTrackingParameter(name)) url.searchParams.delete(name);
  }
  url.hash = '';
  return {
    host,
    pathSegments: url.pathname
      .toLowerCase()
      .split('/')
      .filter((segment) => segment !== ''),
    normalized: url.href,
  };
}

/** The host and its parent domains, most specific first, never a bare top-level domain. */
export function hostAndParents(host: string): string[] {
  if (/^[\d.]+$/.test(host) || host.startsWith('[')) return [host];
  const labels = host.split('.');
  return labels.slice(0, -1).map((_, i) => labels.slice(i).join('.'));
}
