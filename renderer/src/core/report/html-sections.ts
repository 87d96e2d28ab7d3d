import { LABELS, PARENT_LABELS } from '../model';
import { REPORT_STRINGS, type ReportLocale, type ReportStrings } from './html-strings';
import { html, type SafeHtml } from './safe-html';
import { flaggedShare } from './tally';
import {
  CREDIBILITY_BUCKETS,
  DIRECTION_KEYS,
  SENSITIVE_CATEGORIES,
  type ConversationRow,
  type ExposureEntry,
  type PersonRow,
  type ReportModel,
  type Tally,
} from './types';

const ROWS_SHOWN = 25;

export interface Formatters {
  readonly t: ReportStrings;
  readonly count: (value: number) => string;
  readonly share: (value: number | null) => string;
}

export function formatters(locale: ReportLocale): Formatters {
  const count = new Intl.NumberFormat(locale);
  const share = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  return {
    t: REPORT_STRINGS[locale],
    count: (value) => count.format(value),
    share: (value) => (value === null ? '–' : share.format(value)),
  };
}

const table = (head: readonly string[], rows: readonly SafeHtml[]): SafeHtml =>
  html`<table>
    <thead>
      <tr>
        ${head.map((title) => html`<th scope="col">${title}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows}
    </tbody>
  </table>`;

const flaggedCells = (tally: Tally, f: Formatters): SafeHtml[] =>
  PARENT_LABELS.map(
    (label) => html`<td>${f.count(tally.flagged[label])} (${f.share(tally.shares[label])})</td>`,
  );

export function headlineSection(model: ReportModel, f: Formatters): SafeHtml {
  const head = [
    f.t.direction,
    f.t.items,
    f.t.scored,
    f.t.unsupported,
    f.t.pending,
    f.t.flaggedAny,
    ...LABELS.map((l) => f.t.labels[l]),
    f.t.lowCredibility,
  ];
  const rows = DIRECTION_KEYS.map((key) => {
    const tally = model.headline[key];
    return html`<tr>
      <th scope="row">${f.t.directions[key]}</th>
      <td>${f.count(tally.items)}</td>
      <td>${f.count(tally.scored)}</td>
      <td>${f.count(tally.unsupportedLanguage)}</td>
      <td>${f.count(tally.pending)}</td>
      <td>${f.count(tally.flaggedAny)} (${f.share(flaggedShare(tally))})</td>
      ${LABELS.map((label) => html`<td>${f.count(tally.flagged[label])} (${f.share(tally.shares[label])})</td>`)}
      <td>${f.count(tally.lowCredibilityLinks)}</td>
    </tr>`;
  });
  return html`<section>
    <h2>${f.t.headline}</h2>
    ${table(head, rows)}
  </section>`;
}

export function trendSection(model: ReportModel, f: Formatters): SafeHtml {
  const head = [
    f.t.month,
    ...DIRECTION_KEYS.flatMap((key) => [
      `${f.t.directions[key]}: ${f.t.items}`,
      ...PARENT_LABELS.map((label) => `${f.t.directions[key]}: ${f.t.labels[label]}`),
    ]),
  ];
  const rows = model.trend.months.map(
    (month, index) =>
      html`<tr>
        <th scope="row">${month}</th>
        ${DIRECTION_KEYS.map((key) => {
          const tally = model.trend.byDirection[key][index]!;
          return html`<td>${f.count(tally.items)}</td>
            ${flaggedCells(tally, f)}`;
        })}
      </tr>`,
  );
  return html`<section>
    <h2>${f.t.trend}</h2>
    ${rows.length === 0 ? html`<p>${f.t.none}</p>` : table(head, rows)}
  </section>`;
}

function peopleRows(rows: readonly (PersonRow | ConversationRow)[], f: Formatters): SafeHtml[] {
  return rows.slice(0, ROWS_SHOWN).map((row) => {
    const name = 'name' in row ? row.name : row.conversation;
    return html`<tr>
      <th scope="row">${name}</th>
      <td>${f.count(row.sent.items)}</td>
      <td>${f.count(row.sent.flaggedAny)}</td>
      <td>${f.share(flaggedShare(row.sent))}</td>
      ${flaggedCells(row.sent, f)}
      <td>${f.count(row.userWrote.items)}</td>
      <td>${f.count(row.userWrote.flaggedAny)}</td>
    </tr>`;
  });
}

export function peopleSection(model: ReportModel, f: Formatters): SafeHtml {
  const head = [
    f.t.name,
    f.t.sent,
    f.t.flagged,
    f.t.share,
    ...PARENT_LABELS.map((label) => f.t.labels[label]),
    f.t.userWrote,
    `${f.t.userWrote}: ${f.t.flagged}`,
  ];
  return html`<section>
    <h2>${f.t.people}</h2>
    <h3>${f.t.accounts}</h3>
    ${table(head, peopleRows(model.people.accounts.byVolume, f))}
    <h3>${f.t.conversations}</h3>
    ${table(head, peopleRows(model.people.conversations.byVolume, f))}
  </section>`;
}

export function linksSection(model: ReportModel, f: Formatters): SafeHtml {
  const { links } = model;
  const buckets = CREDIBILITY_BUCKETS.map(
    (bucket) =>
      html`<tr>
        <th scope="row">${f.t.buckets[bucket]}</th>
        <td>${f.count(links.linksByBucket[bucket])}</td>
        <td>${f.count(links.itemsByBucket[bucket])}</td>
      </tr>`,
  );
  const domains = links.topDomains.map(
    (domain) =>
      html`<tr>
        <th scope="row">${domain.domain}</th>
        <td>${f.t.buckets[domain.bucket]}</td>
        <td>${f.count(domain.links)}</td>
        <td>${f.count(domain.items)}</td>
      </tr>`,
  );
  return html`<section>
    <h2>${f.t.links}</h2>
    ${table([f.t.bucket, f.t.count, f.t.items], buckets)}${domains.length > 0 ? table([f.t.domain, f.t.bucket, f.t.count, f.t.items], domains) : null}
  </section>`;
}

const entryRows = (entries: readonly ExposureEntry[], f: Formatters): SafeHtml[] =>
  entries.slice(0, ROWS_SHOWN).map(
    (entry) =>
      html`<tr>
        <th scope="row">${entry.label}</th>
        <td>${f.count(entry.count)}</td>
        <td>${entry.categories.map((c) => f.t.categories[c]).join(', ')}</td>
      </tr>`,
  );

export function exposureSection(model: ReportModel, f: Formatters): SafeHtml {
  const e = model.exposure;
  const totals = [
    [f.t.adInterests, e.adInterests.count],
    [f.t.advertisers, e.advertisers.count],
    [f.t.topics, e.topics.count],
    [f.t.accountsFollowed, e.accountsFollowed],
    [f.t.postsViewed, e.viewed.posts],
    [f.t.videosViewed, e.viewed.videos],
  ] as const;
  const categories = SENSITIVE_CATEGORIES.map(
    (category) =>
      html`<tr>
        <th scope="row">${f.t.categories[category]}</th>
        <td>${f.count(e.sensitiveCategories[category])}</td>
      </tr>`,
  );
  const viewed = e.viewed.byMonth.map(
    (month) =>
      html`<tr>
        <th scope="row">${month.month}</th>
        <td>${f.count(month.posts)}</td>
        <td>${f.count(month.videos)}</td>
      </tr>`,
  );
  const entryHead = (title: string) => [title, f.t.count, f.t.category];
  return html`<section>
    <h2>${f.t.exposure}</h2>
    ${table(
      [f.t.category, f.t.count],
      totals.map(
        ([title, value]) =>
          html`<tr>
            <th scope="row">${title}</th>
            <td>${f.count(value)}</td>
          </tr>`,
      ),
    )}
    <h3>${f.t.sensitive}</h3>
    ${table([f.t.category, f.t.count], categories)}
    <h3>${f.t.adInterests}</h3>
    ${table(entryHead(f.t.adInterests), entryRows(e.adInterests.entries, f))}
    <h3>${f.t.advertisers}</h3>
    ${table(entryHead(f.t.advertisers), entryRows(e.advertisers.entries, f))}
    <h3>${f.t.topics}</h3>
    ${table(entryHead(f.t.topics), entryRows(e.topics.entries, f))}${viewed.length > 0 ? table([f.t.month, f.t.postsViewed, f.t.videosViewed], viewed) : null}
  </section>`;
}

export function aboutSection(model: ReportModel, f: Formatters): SafeHtml {
  const { meta, reviews } = model;
  const thresholds = LABELS.map((label) => `${f.t.labels[label]} ${meta.thresholds[label]}`).join(', ');
  const archives = meta.archives.map(
    (archive) =>
      html`<li>
        ${archive.platform}: ${f.count(archive.items)} ${f.t.items} (${archive.firstMonth ?? '–'} –
        ${archive.lastMonth ?? '–'})
      </li>`,
  );
  return html`<section>
    <h2>${f.t.about}</h2>
    <dl>
      <dt>${f.t.model}</dt>
      <dd>${meta.modelId ?? f.t.none}</dd>
      <dt>${f.t.thresholds}</dt>
      <dd>${thresholds}</dd>
      <dt>${f.t.appVersion}</dt>
      <dd>${meta.appVersion}</dd>
      <dt>${f.t.period}</dt>
      <dd>${meta.monthRange.first ?? '–'} – ${meta.monthRange.last ?? '–'}</dd>
      <dt>${f.t.reviews}</dt>
      <dd>${f.count(reviews.total)}</dd>
      <dt>${f.t.archives}</dt>
      <dd>
        <ul>
          ${archives}
        </ul>
      </dd>
    </dl>
  </section>`;
}
