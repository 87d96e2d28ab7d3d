import {
  aboutSection,
  exposureSection,
  formatters,
  headlineSection,
  linksSection,
  peopleSection,
  trendSection,
} from './html-sections';
import type { ReportLocale } from './html-strings';
import { html } from './safe-html';
import type { ReportModel } from './types';

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1b1f24;background:#fff}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2.5rem;border-bottom:1px solid #d0d7de}h3{font-size:1.05rem}
table{border-collapse:collapse;margin:.75rem 0;font-variant-numeric:tabular-nums;display:block;overflow-x:auto}
th,td{border:1px solid #d0d7de;padding:.25rem .5rem;text-align:right;white-space:nowrap}
th[scope=row],thead th{text-align:left;background:#f6f8fa}th[scope=row]{max-width:24rem;overflow:hidden;text-overflow:ellipsis}
dt{font-weight:600}dd{margin:0 0 .5rem 0}
`;

/**
 * `report.html`: a self-contained static page of the main views. No script, no external resource, and a
 * CSP that forbids both; every piece of archive text goes through `html`, which escapes it.
 */
export function renderReportHtml(model: ReportModel, locale: ReportLocale): string {
  const f = formatters(locale);
  const page = html`<!doctype html>
    <html lang="${locale}">
      <head>
        <meta charset="utf-8" />
        <meta
          http-equiv="Content-Security-Policy"
          content="default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'; base-uri 'none'"
        />
        <meta name="referrer" content="no-referrer" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${f.t.title}</title>
        <style>
          ${{ __html: STYLE }}
        </style>
      </head>
      <body>
        <h1>${f.t.title}</h1>
        <p>${f.t.intro}</p>
        ${headlineSection(model, f)}${trendSection(model, f)}${peopleSection(model, f)}${linksSection(model, f)}${exposureSection(model, f)}${aboutSection(model, f)}
      </body>
    </html> `;
  return page.__html;
}
