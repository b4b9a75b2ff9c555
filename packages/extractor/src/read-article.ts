// readArticle(): an article file's bytes → its text and what it says about itself (title, date, address,
// outlet), the one reader behind `kg import` and the viewer's upload. HTML goes through Readability
// (htmlArticle), Markdown's front matter is read (title, date, source, url); a binary, non-UTF-8 or
// empty article is an ArticleInputError naming it.
import type { ArticleInput } from './article-options.js';
import { ArticleInputError } from './errors.js';
import { articleDate } from './intake/article-date.js';
import { canonicalUrl } from './intake/canonical-url.js';
import { frontMatter } from './intake/front-matter.js';
import { htmlArticle } from './intake/html-article.js';

/** File endings read as articles (a folder given to `kg import` is searched for these). */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.text', '.html', '.htm', '.xhtml'];
const HTML_NAME = /\.(html?|xhtml)$/i;
const MARKDOWN_NAME = /\.(md|markdown)$/i;

export interface ReadArticleOptions {
  /** The media type (no parameters) it was served or uploaded with: text/html and text/markdown win over the name. */
  mediaType?: string;
  /** Where it was fetched from: resolves a page's relative canonical link, and is its address otherwise. */
  url?: string;
}

/** The article's text, decoded; `name` is how it is shown in errors. A string is taken as decoded. */
export function decodeArticle(name: string, content: Uint8Array | string): string {
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
  return text.replace(/^\uFEFF/, '');
}

const pick = (fields: Record<string, unknown>, ...keys: string[]): string | undefined => {
  for (const k of keys) {
    const v = fields[k];
    if (typeof v === 'string' && v.trim()) return v.trim();
    if (v instanceof Date) return v.toISOString();
  }
  return undefined;
};

export function readArticle(
  name: string,
  content: Uint8Array | string,
  options: ReadArticleOptions = {},
): ArticleInput {
  const raw = decodeArticle(name, content);
  let article: ArticleInput;
  if (HTML_NAME.test(name) || options.mediaType === 'text/html') article = htmlArticle(raw, options.url);
  else if (MARKDOWN_NAME.test(name) || options.mediaType === 'text/markdown') {
    const { fields, body } = frontMatter(raw);
    article = { text: body };
    const title = pick(fields, 'title', 'headline');
    const date = articleDate(fields.date ?? fields.published ?? fields.datePublished);
    const url = canonicalUrl(pick(fields, 'url', 'canonical', 'link'));
    const outlet = pick(fields, 'source', 'outlet', 'publisher');
    if (title) article.title = title;
    if (date) article.date = date;
    if (url) article.url = url;
    if (outlet) article.outlet = outlet;
  } else article = { text: raw };
  if (!article.url && options.url) article.url = canonicalUrl(options.url);
  if (article.text.trim() === '') throw new ArticleInputError(`${name}: empty article (no text to import)`);
  return article;
}
