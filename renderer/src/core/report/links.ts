import {
  CREDIBILITY_BUCKETS,
  type CredibilityBucket,
  type DomainCount,
  type LinkRating,
  type LinksSummary,
  type RateUrl,
} from './types';

const zeroBuckets = (): Record<CredibilityBucket, number> =>
  Object.fromEntries(CREDIBILITY_BUCKETS.map((bucket) => [bucket, 0])) as Record<CredibilityBucket, number>;

const NAMED_BUCKETS: ReadonlySet<CredibilityBucket> = new Set(['low', 'mixed']);

/** Rates the links of each item (memoised per URL) and counts them by credibility bucket. */
export class LinkCounter {
  private readonly cache = new Map<string, LinkRating>();
  private readonly linksByBucket = zeroBuckets();
  private readonly itemsByBucket = zeroBuckets();
  private readonly domains = new Map<string, { bucket: CredibilityBucket; links: number; items: number }>();
  private totalLinks = 0;
  private itemsWithLinks = 0;

  constructor(private readonly rateUrl: RateUrl | undefined) {}

  /** Counts one item's links; returns true when one of them points to a low-credibility source. */
  add(links: readonly string[]): boolean {
    if (links.length === 0) return false;
    this.itemsWithLinks++;
    const bucketsSeen = new Set<CredibilityBucket>();
    const domainsSeen = new Set<string>();
    for (const url of links) {
      const rating = this.rate(url);
      this.totalLinks++;
      this.linksByBucket[rating.bucket]++;
      bucketsSeen.add(rating.bucket);
      if (rating.matchedDomain && NAMED_BUCKETS.has(rating.bucket)) {
        let domain = this.domains.get(rating.matchedDomain);
        if (!domain)
          this.domains.set(rating.matchedDomain, (domain = { bucket: rating.bucket, links: 0, items: 0 }));
        domain.links++;
        if (!domainsSeen.has(rating.matchedDomain)) domain.items++;
        domainsSeen.add(rating.matchedDomain);
      }
    }
    for (const bucket of bucketsSeen) this.itemsByBucket[bucket]++;
    return bucketsSeen.has('low');
  }

  /** The bucket of each link of one item (memoised), for filters. */
  rate(url: string): LinkRating {
    let rating = this.cache.get(url);
    if (!rating) {
      rating = this.rateUrl ? this.rateUrl(url) : { url, domain: null, bucket: 'unknown', sources: [] };
      this.cache.set(url, rating);
    }
    return rating;
  }

  summary(topDomains: number): LinksSummary {
    const domains: DomainCount[] = [...this.domains].map(([domain, count]) => ({ domain, ...count }));
    domains.sort((a, b) => b.links - a.links || b.items - a.items || (a.domain < b.domain ? -1 : 1));
    return {
      rated: this.rateUrl !== undefined,
      totalLinks: this.totalLinks,
      itemsWithLinks: this.itemsWithLinks,
      linksByBucket: { ...this.linksByBucket },
      itemsByBucket: { ...this.itemsByBucket },
      topDomains: domains.slice(0, topDomains),
    };
  }
}
