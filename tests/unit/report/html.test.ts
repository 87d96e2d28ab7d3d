import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import {
  asArchiveId,
  asEpochMs,
  asExposureId,
  asItemId,
  LABELS,
  type Exposure,
  type Item,
  type Label,
} from '@core/model';
import {
  buildReport,
  CREDIBILITY_BUCKETS,
  renderReportHtml,
  SENSITIVE_CATEGORIES,
  type LinkRating,
  type ReportModel,
} from '@core/report';
import { THRESHOLDS } from './synthetic';

const hostile = (field: string): string =>
  `${field}<script>alert(1)</script>"><img src=x onerror=alert(2)>&lt;b&gt;&#60;i&#62;javascript:alert(3)' onmouseover='x' \`<!--`;

const ENUM_STRINGS = new Set<string>([...LABELS, ...CREDIBILITY_BUCKETS, ...SENSITIVE_CATEGORIES]);

/** Replaces every free-text string in the model (names, titles, domains, months, ids...) with a hostile one. */
function poison(value: unknown, path: string, planted: string[]): unknown {
  if (typeof value === 'string') {
    if (ENUM_STRINGS.has(value)) return value;
    const payload = hostile(path);
    planted.push(payload);
    return payload;
  }
  if (Array.isArray(value)) return value.map((entry, i) => poison(entry, `${path}.${i}`, planted));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, entry]) => [key, poison(entry, `${path}.${key}`, planted)]),
    );
  }
  return value;
}

const ALLOWED_TAGS = new Set([
  'html',
  'head',
  'meta',
  'title',
  'style',
  'body',
  'h1',
  'h2',
  'h3',
  'p',
  'section',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'dl',
  'dt',
  'dd',
  'ul',
  'li',
]);
const ALLOWED_ATTRIBUTES = new Set(['lang', 'charset', 'http-equiv', 'content', 'name', 'scope']);

function inspect(page: string): {
  tags: Set<string>;
  attributes: Set<string>;
  text: string;
  comments: number;
} {
  const tags = new Set<string>();
  const attributes = new Set<string>();
  const text: string[] = [];
  let comments = 0;
  const parser = new Parser({
    onopentag(name, attribs) {
      tags.add(name);
      for (const attribute of Object.keys(attribs)) attributes.add(attribute);
    },
    ontext(chunk) {
      text.push(chunk);
    },
    oncomment() {
      comments++;
    },
  });
  parser.write(page);
  parser.end();
  return { tags, attributes, text: text.join(''), comments };
}

function hostileReport(): ReportModel {
  const items: Item[] = [0, 1, 2].map((i) => ({
    v: 1,
    id: asItemId(`i${i}`),
    archiveId: asArchiveId(hostile('archive')),
    platform: 'instagram',
    kind: 'message',
    direction: i === 0 ? 'authored' : 'received',
    author: hostile(`author${i}`),
    conversation: hostile('conversation'),
    timestamp: asEpochMs(Date.UTC(2024, 0, 1)),
    text: hostile('text'),
    links: [`javascript:alert(${i})`, 'https://low.example/x'],
    sourcePath: hostile('path'),
  }));
  const scores = items.map((item) => ({
    itemId: item.id,
    modelId: hostile('model'),
    language: hostile('lang'),
    status: 'scored' as const,
    scores: Object.fromEntries(LABELS.map((label) => [label, 0.9])) as Record<Label, number>,
  }));
  const exposures: Exposure[] = (['ad_interest', 'advertiser', 'topic', 'viewed'] as const).map(
    (kind, i) => ({
      v: 1,
      id: asExposureId(`e${i}`),
      archiveId: asArchiveId('a'),
      platform: 'facebook',
      kind,
      label: hostile(`exposure-${kind}`),
      account: hostile('account'),
      url: 'javascript:alert(9)',
      timestamp: asEpochMs(Date.UTC(2024, 0, 1)),
      sourcePath: hostile('exposure-path'),
    }),
  );
  const rateUrl = (url: string): LinkRating => ({
    url,
    domain: hostile('domain'),
    bucket: 'low',
    matchedDomain: hostile('matched-domain'),
    sources: [hostile('source')],
  });
  return buildReport(items, exposures, scores, [], THRESHOLDS, {
    appVersion: hostile('version'),
    rateUrl,
    minScoredForShare: 1,
  });
}

describe('renderReportHtml', () => {
  for (const locale of ['en', 'fr'] as const) {
    it(`escapes every piece of archive-derived text (${locale})`, () => {
      const planted: string[] = [];
      const model = poison(hostileReport(), 'report', planted) as ReportModel;
      const page = renderReportHtml(model, locale);
      const { tags, attributes, text, comments } = inspect(page);
      expect([...tags].filter((tag) => !ALLOWED_TAGS.has(tag))).toEqual([]);
      expect([...attributes].filter((attribute) => !ALLOWED_ATTRIBUTES.has(attribute))).toEqual([]);
      expect(comments).toBe(0);
      expect(page).not.toMatch(/<script|<img|<!--|<i>|<b>|<\/style>\s*<script/i);
      // Shown literally: the decoded text holds the hostile strings exactly, entities not decoded twice.
      const shown = planted.filter((payload) => text.includes(payload));
      for (const field of [
        'report.people.accounts.byVolume.0.name',
        'report.people.conversations.byVolume.0.conversation',
        'report.links.topDomains.0.domain',
        'report.exposure.adInterests.entries.0.label',
        'report.exposure.advertisers.entries.0.label',
        'report.exposure.topics.entries.0.label',
        'report.exposure.viewed.byMonth.0.month',
        'report.trend.months.0',
        'report.meta.modelId',
        'report.meta.appVersion',
        'report.meta.archives.0.platform',
      ]) {
        expect(shown.some((payload) => payload.includes(`${field}<script>`))).toBe(true);
      }
      expect(page).toContain('&amp;lt;b&amp;gt;&amp;#60;i&amp;#62;');
      expect(page).toContain(`lang="${locale}"`);
    });
  }

  it('renders the real report in both languages with localised numbers', () => {
    const model = hostileReport();
    const en = renderReportHtml(model, 'en');
    const fr = renderReportHtml(model, 'fr');
    expect(en).toContain('Headline');
    expect(fr).toContain('En bref');
    expect(fr).toMatch(/100[\u00a0\u202f ]%/);
    expect(en).toContain('100%');
    expect(en).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
