// readFetched(): a fetched resource as an article, read by the extractor's readArticle: its media type
// decides how (HTML, Markdown, plain text; anything else is no article), its final URL is its address
// unless the page names a canonical one.
import { ArticleInputError, readArticle, type ArticleInput } from '@kg/extractor';
import type { Fetched } from './fetch-url.js';

export function readFetched(url: string, page: Fetched): ArticleInput {
  const type = page.mediaType;
  if (type && !type.startsWith('text/') && type !== 'application/xhtml+xml')
    throw new ArticleInputError(`${url}: not an article (${type})`);
  return readArticle(url, page.bytes, {
    mediaType: type === 'application/xhtml+xml' ? 'text/html' : type,
    url: page.url,
  });
}
