// articleOptions(): the one rule for an article's document id, title, date and outlet, whichever way it
// arrives (`kg import` of a file, a URL, a feed item or a dataset record, the viewer's upload or pasted
// text), so one article is one document.
import { documentId } from './document-id.js';
import { canonicalUrl, urlDomain, urlKey } from './intake/canonical-url.js';
import type { ExtractOptions } from './types.js';

export interface ArticleInput {
  text: string;
  /** Where it came from: a path relative to the working folder, a URL, or an uploaded file's name. */
  source?: string;
  /**
   * The dataset record it came from (`file:line`): shown as its source when it has no address, but never
   * its identity, as records move between versions of a dataset (the text's hash is).
   */
  record?: string;
  /** The file's name when it differs from `source`; the title falls back to it. */
  file?: string;
  title?: string;
  /** ISO YYYY-MM-DD. */
  date?: string;
  /** The article's canonical address, when known (canonicalUrl). */
  url?: string;
  /** The outlet's name as the article gives it (site name, publisher, feed title, front matter source). */
  outlet?: string;
}

/**
 * The id is the article's address when known, so the same story from its URL, a feed item and a saved
 * page is one document; else its source (an edited file re-imported from the same place replaces its own
 * evidence instead of adding a twin); else the extractor hashes the text. The source shown is the
 * address when known. The title is the given one, else a short first line (Markdown `#` dropped), else
 * the file's name without its ending. The outlet is named by the article, else by its site's domain.
 */
export function articleOptions(article: ArticleInput): ExtractOptions {
  const options: ExtractOptions = {};
  // A source that is an address (an upload or pasted text named by its URL) is the article's address.
  const url = article.url ?? (/^https?:\/\//i.test(article.source ?? '') ? canonicalUrl(article.source) : undefined);
  if (url) {
    options.id = documentId(`url:${urlKey(url)}`);
    options.source = url;
  } else if (article.source) {
    options.id = documentId(`source:${article.source}`);
    options.source = article.source;
  } else if (article.record) options.source = article.record;
  const title = article.title ?? firstLine(article.text) ?? baseName(article.file ?? article.source);
  if (title) options.title = title;
  if (article.date) options.date = article.date;
  const domain = urlDomain(url);
  const name = article.outlet?.trim() || domain;
  if (name) options.outlet = domain ? { name, domain } : { name };
  return options;
}

function firstLine(text: string): string | undefined {
  const line = text
    .trim()
    .split('\n', 1)[0]
    .replace(/^#+\s*/, '')
    .trim();
  return line.length > 0 && line.length <= 120 ? line : undefined;
}

function baseName(file: string | undefined): string | undefined {
  const name = file
    ?.split(/[/\\]/)
    .pop()
    ?.replace(/\.[^.]*$/, '');
  return name || undefined;
}
