// readArticleText(): an article file's bytes → the text to extract, the one reader behind `kg import` and
// the viewer's upload. A binary, non-UTF-8 or empty article is an ArticleInputError naming it.
import { ArticleInputError } from './errors.js';
import { htmlToText } from './html-to-text.js';

/** File endings read as articles (a folder given to `kg import` is searched for these). */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.text', '.html', '.htm', '.xhtml'];
const HTML_NAME = /\.(html?|xhtml)$/i;

/**
 * `name` is how the article is shown in errors and decides HTML (by its ending, or `mediaType`
 * text/html). A string is taken as already decoded.
 */
export function readArticleText(name: string, content: Uint8Array | string, mediaType?: string): string {
  let text: string;
  if (typeof content === 'string') text = content;
  else {
    if (content.includes(0)) throw new ArticleInputError(`${name}: not a text article (binary content)`);
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(content);
    } catch {
      throw new ArticleInputError(`${name}: not a text article (not valid UTF-8)`);
    }
  }
  if (text.includes('\u0000')) throw new ArticleInputError(`${name}: not a text article (binary content)`);
  text = text.replace(/^\uFEFF/, '');
  if (HTML_NAME.test(name) || mediaType === 'text/html') text = htmlToText(text);
  if (text.trim() === '') throw new ArticleInputError(`${name}: empty article (no text to import)`);
  return text;
}
