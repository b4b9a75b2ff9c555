// readFeedArticles(): one `--feed` (a URL or a file) → an article per item. Each item's page is fetched
// and read like any page (its canonical address, text, title, date and outlet), the feed filling what
// the page does not say; with --feed-text the feed's own item text is the article. A feed that cannot be
// fetched or parsed, and each item that fails, is a failure line; the rest go on.
import { ArticleInputError, readFeed, type ArticleInput, type Feed, type FeedItem } from '@kg/extractor';
import { shownPath } from '../shown-path.js';
import { fetchUrl, isHttpUrl } from './fetch-url.js';
import { itemFailure } from './item-failure.js';
import type { Article, Intake, IntakeOptions } from './read-articles.js';
import { readFetched } from './read-fetched.js';
import { readLocal } from './read-local.js';
import { settleEach } from './settle-each.js';

async function loadFeed(feed: string, options: IntakeOptions): Promise<Feed> {
  if (!isHttpUrl(feed)) return readFeed(shownPath(feed), new TextDecoder().decode(await readLocal(feed)));
  const got = await fetchUrl(feed, options.fetch);
  return readFeed(feed, new TextDecoder().decode(got.bytes));
}

function fromItem(feed: Feed, item: FeedItem, page?: ArticleInput): Article {
  const name = item.url ?? item.item;
  const article: Article = { text: page?.text ?? item.text ?? '', name };
  const title = page?.title ?? item.title;
  const date = page?.date ?? item.date;
  const url = page?.url ?? item.url;
  const outlet = page?.outlet ?? feed.title;
  if (title) article.title = title;
  if (date) article.date = date;
  if (url) article.url = url;
  else article.record = item.item;
  if (outlet) article.outlet = outlet;
  return article;
}

export async function readFeedArticles(feedInput: string, options: IntakeOptions): Promise<Intake> {
  let feed: Feed;
  try {
    feed = await loadFeed(feedInput, options);
  } catch (err) {
    return { articles: [], failures: [itemFailure(err)] };
  }
  return feedItemArticles(feed, feed.items, options);
}

/** What identifies a feed item across polls: its link, else its place in the feed. */
export function itemKey(item: FeedItem): string {
  return item.url ?? item.item;
}

/** The given items of a feed as articles (`keys`: the items read), each failure a line. */
export async function feedItemArticles(
  feed: Feed,
  items: FeedItem[],
  options: IntakeOptions,
): Promise<Intake & { keys: string[] }> {
  const settled = await settleEach(items, options.fetch.concurrency, async (item): Promise<Article> => {
    if (options.feedText || !item.url) {
      if (!item.text) throw new ArticleInputError(`${item.url ?? item.item}: the feed gives no text for this item`);
      return fromItem(feed, item);
    }
    const page = await fetchUrl(item.url, options.fetch);
    return fromItem(feed, item, readFetched(item.url, page));
  });
  const out: Intake & { keys: string[] } = { articles: [], failures: [], keys: [] };
  settled.forEach((s, i) => {
    if (s.ok) {
      out.articles.push(s.value);
      out.keys.push(itemKey(items[i]));
    } else out.failures.push(itemFailure(s.error));
  });
  return out;
}
