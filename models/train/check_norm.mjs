// A JavaScript transcription of NORMALIZATION.md, checked against tests/fixtures/model/normalization-cases.json.
import fs from 'node:fs';
const ENT = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&apos;': "'" };
export function normalize(text) {
  let t = (text ?? '').normalize('NFC');
  t = t.replace(/&(?:amp|lt|gt|quot|#39|apos);/g, (m) => ENT[m]);
  t = t.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\u200d\u2060\ufe0e\ufe0f\ufeff\ufffd\u{1F3FB}-\u{1F3FF}]/gu, '');
  t = t.replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'").replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb]/g, '"');
  t = t.replace(/(?:https?:\/\/|www\.)\S+/giu, ' httpurl ');
  t = t.replace(/(?<![A-Za-z0-9_])URL(?![A-Za-z0-9_])/g, ' httpurl ');
  t = t.replace(/(?<![A-Za-z0-9_])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?/g, ' @user ');
  t = t.replace(/#(?=[\p{L}\p{N}_])/gu, '');
  t = t.toLowerCase();
  t = t.replace(/(.)\1{3,}/gsu, '$1$1$1');
  t = t.replace(/\p{So}/gu, ' $& ');
  t = t.replace(/\s+/gu, ' ').trim();
  t = t.replace(/(^| )rt (?=@user)/g, '$1');
  t = t.replace(/@user(?: @user)+/g, '@user');
  t = t.replace(/httpurl(?: httpurl)+/g, 'httpurl');
  return t.trim();
}
if (process.argv[1] && import.meta.url === new URL('file://' + process.argv[1]).href && process.argv[2]) {
  const { cases } = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  let bad = 0;
  for (const c of cases) {
    const got = normalize(c.input);
    if (got !== c.expected) { bad++; if (bad < 20) console.log(JSON.stringify(c.input), '\n  py:', JSON.stringify(c.expected), '\n  js:', JSON.stringify(got)); }
  }
  console.log(`${cases.length - bad}/${cases.length} agree`);
  process.exitCode = bad ? 1 : 0;
}
