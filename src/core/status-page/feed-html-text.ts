/**
 * Feed entries carry their updates as HTML inside the XML (Statuspage's
 * history feeds, Azure's feed). This turns that HTML into plain text and
 * finds the update labels (`<strong>Resolved</strong> - …`) without an HTML
 * parser: only tags are dropped and a handful of common entities decoded.
 */

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  mdash: '—',
  ndash: '–',
  hellip: '…',
};

/** Decodes common HTML entities; unknown ones are left as they are. */
export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9A-Fa-f]{1,6}|#[0-9]{1,7}|[A-Za-z]{2,8});/g, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#')) {
      const code = name.startsWith('#x') ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return Object.hasOwn(HTML_ENTITIES, name) ? (HTML_ENTITIES[name] ?? whole) : whole;
  });
}

const BLOCK_END = /^\/?(?:br|p|div|li|h[1-6])\b/i;

/** The text of an HTML fragment: tags dropped, block ends as line breaks, entities decoded, whitespace tidied. */
export function htmlToText(html: string): string {
  // A linear scan rather than a tag regex, so a fragment full of unclosed '<' costs one pass.
  const parts: string[] = [];
  let index = 0;
  while (index < html.length) {
    const open = html.indexOf('<', index);
    if (open === -1) {
      parts.push(html.slice(index));
      break;
    }
    const close = html.indexOf('>', open);
    if (close === -1) {
      parts.push(html.slice(index));
      break;
    }
    parts.push(html.slice(index, open));
    if (BLOCK_END.test(html.slice(open + 1, Math.min(close, open + 8)))) parts.push('\n');
    index = close + 1;
  }
  return decodeHtmlEntities(parts.join(''))
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v\r]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * The labels of the updates in an entry's HTML, newest first as the feed
 * lists them: Statuspage writes each update as `<strong>Label</strong> - text`.
 */
export function updateLabels(html: string): string[] {
  const labels: string[] = [];
  const pattern = /<strong>([^<]{1,40})<\/strong>/gi;
  for (let match = pattern.exec(html); match !== null && labels.length < 100; match = pattern.exec(html)) {
    const label = decodeHtmlEntities(match[1] ?? '').trim();
    if (label !== '') labels.push(label);
  }
  return labels;
}
