// readFeed(): an RSS or Atom feed's XML → its title and items (link, title, date, text), read by
// @rowanmanning/feed-parser. The item's own text (content, else description) is its article when its
// page is not fetched; the feed's title names the outlet when the page does not.
import { parseFeed } from '@rowanmanning/feed-parser';
import { ArticleInputError } from '../errors.js';
import { htmlToText } from '../html-to-text.js';
import { articleDate } from './article-date.js';
import { canonicalUrl } from './canonical-url.js';

export interface FeedItem {
  /** `feed#n`, how the item is named in messages. */
  item: string;
  url?: string;
  title?: string;
  date?: string;
  /** The text the feed carries for the item (often a summary), markup dropped. */
  text?: string;
}

export interface Feed {
  title?: string;
  url?: string;
  items: FeedItem[];
}

export function readFeed(name: string, xml: string): Feed {
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (err) {
    throw new ArticleInputError(`${name}: not an RSS or Atom feed (${(err as Error).message.split('\n')[0]})`);
  }
  const out: Feed = { items: [] };
  if (feed.title?.trim()) out.title = feed.title.trim();
  const home = canonicalUrl(feed.url);
  if (home) out.url = home;
  feed.items.forEach((it, i) => {
    const item: FeedItem = { item: `${name}#${i + 1}` };
    const url = canonicalUrl(it.url, feed.url ?? undefined);
    if (url) item.url = url;
    if (it.title?.trim()) item.title = htmlToText(it.title.trim());
    const date = articleDate(it.published ?? it.updated);
    if (date) item.date = date;
    const text = htmlToText(it.content ?? it.description ?? '');
    if (text) item.text = text;
    out.items.push(item);
  });
  return out;
}
