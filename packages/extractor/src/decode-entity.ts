// The one HTML vocabulary of the package: which elements hide their content, what an entity looks like and
// the character it stands for. prepareText (offset-keeping) and htmlToText (plain text) both use it.

/** Elements whose content is never article text. */
export const HIDDEN_ELEMENT = /<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi;
export const HTML_ENTITY = /&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,10});/g;

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
};

/**
 * `&amp;` → `&`, `&#233;` → `é`; undefined for an unknown name or a code that is no printable character
 * (controls other than tab/newline, surrogates). The result is never longer than the entity, so callers
 * that keep offsets can pad it.
 */
export function decodeEntity(entity: string): string | undefined {
  const body = entity.slice(1, -1);
  if (!body.startsWith('#')) return NAMED[body.toLowerCase()];
  const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  const printable = code === 9 || code === 10 || code > 31;
  if (!Number.isFinite(code) || !printable || code >= 0x110000 || (code >= 0xd800 && code < 0xe000)) return undefined;
  return String.fromCodePoint(code);
}
