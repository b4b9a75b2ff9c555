// htmlToText(): an HTML article as plain text for extraction: markup, scripts and styles dropped, block
// elements as paragraph breaks, entities decoded.
import { HIDDEN_ELEMENT, HTML_ENTITY, decodeEntity } from './decode-entity.js';

const BLOCK = /<\/?(p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|blockquote|pre|title)\b[^>]*>/gi;

export function htmlToText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(HIDDEN_ELEMENT, ' ')
    .replace(BLOCK, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(HTML_ENTITY, (m) => decodeEntity(m) ?? m)
    .replace(/[ \t\f\v\r]+/g, ' ')
    .replace(/ *\n[\n ]*/g, '\n\n')
    .trim();
}
