// FeedPoller: one feed watched by `kg watch`. Each poll is a conditional GET (If-None-Match /
// If-Modified-Since from the feed's last answer): a 304 costs nothing; otherwise only the items not
// imported yet are read (their pages fetched unless --feed-text), and an item that fails is tried again
// at the next poll.
import { readFeed } from '@kg/extractor';
import { fetchUrl } from './fetch-url.js';
import { itemFailure } from './item-failure.js';
import { feedItemArticles, itemKey } from './read-feed-articles.js';
import type { Article, IntakeOptions } from './read-articles.js';

export interface Poll {
  /** The server answered 304 Not Modified. */
  notModified: boolean;
  /** Items seen for the first time (or failed before), read as articles. */
  articles: Article[];
  failures: string[];
  /** Marks the articles as imported, so the next poll skips them. */
  done: () => void;
}

export class FeedPoller {
  private etag?: string;
  private lastModified?: string;
  private readonly seen = new Set<string>();

  constructor(
    readonly url: string,
    private readonly options: IntakeOptions,
  ) {}

  async poll(): Promise<Poll> {
    let got;
    try {
      got = await fetchUrl(this.url, this.options.fetch, { etag: this.etag, lastModified: this.lastModified });
    } catch (err) {
      return { notModified: false, articles: [], failures: [itemFailure(err)], done: () => undefined };
    }
    if (got.notModified) return { notModified: true, articles: [], failures: [], done: () => undefined };
    let feed;
    try {
      feed = readFeed(this.url, new TextDecoder().decode(got.bytes));
    } catch (err) {
      return { notModified: false, articles: [], failures: [itemFailure(err)], done: () => undefined };
    }
    // Validators are kept only from an answer that was read, so a broken feed is fetched whole next time.
    this.etag = got.etag;
    this.lastModified = got.lastModified;
    const fresh = feed.items.filter((item) => !this.seen.has(itemKey(item)));
    const read = await feedItemArticles(feed, fresh, this.options);
    return {
      notModified: false,
      articles: read.articles,
      failures: read.failures,
      done: () => {
        for (const key of read.keys) this.seen.add(key);
      },
    };
  }
}
