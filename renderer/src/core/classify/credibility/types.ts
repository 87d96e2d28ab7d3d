/** `unknown` means no list names the domain: never read it as "reliable". */
export type CredibilityBucket = 'low' | 'mixed' | 'unknown' | 'unresolved' | 'platform' | 'invalid';

/** The two ratings a list can give a domain; lower credibility first. */
export type ListedBucket = 'low' | 'mixed';

export interface LinkRating {
  /** The link as given. */
  readonly url: string;
  /** Its host in lower case without `www.` (after unwrapping a platform's outbound redirect); null if invalid. */
  readonly domain: string | null;
  readonly bucket: CredibilityBucket;
  /** The list key that matched: the domain itself, a parent domain, or a domain with a path prefix. */
  readonly matchedDomain?: string;
  /** The lists that rated it (`CRED-1`, `OpenSources`, or a user list's name). */
  readonly sources: readonly string[];
  /** Finer labels from the lists, e.g. `fake`, `conspiracy`, `satire`, `state`. */
  readonly tags?: readonly string[];
}

export interface ListedDomain {
  readonly bucket: ListedBucket;
  readonly sources: readonly string[];
  readonly tags: readonly string[];
}

/** A rating list: keys are lower-case hosts without `www.`, optionally followed by a path prefix. */
export interface DomainList {
  readonly name: string;
  readonly entries: ReadonlyMap<string, ListedDomain>;
}
