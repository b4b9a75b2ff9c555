// readArticles(): the user's inputs → articles, each read by the extractor's intake (readArticle,
// readDataset, readFeed) as the viewer's upload is. Local files and folders are checked before anything
// is fetched or written: a missing, empty or binary file, or a folder without articles, is a one-line
// CliError naming it. What comes over the network (a URL, a feed, its items' pages) and a dataset's
// records can fail one by one: each failure is a line in `failures`, and the rest go on.
import path from 'node:path';
import {
  ArticleInputError,
  DATASET_EXTENSIONS,
  readArticle,
  readDataset,
  type ArticleInput,
  type DatasetFields,
} from '@kg/extractor';
import { CliError, EXIT } from '../cli-error.js';
import { shownPath } from '../shown-path.js';
import type { FetchSettings } from './fetch-settings.js';
import { fetchUrl, isHttpUrl } from './fetch-url.js';
import { itemFailure } from './item-failure.js';
import { listInputFiles } from './list-input-files.js';
import { readFeedArticles } from './read-feed-articles.js';
import { readFetched } from './read-fetched.js';
import { readLocal } from './read-local.js';
import { settleEach } from './settle-each.js';

export interface Article extends ArticleInput {
  /** How the article is named in messages: its path, URL, dataset record or feed item. */
  name: string;
}

export interface Intake {
  articles: Article[];
  /** One line per item that could not be read, naming it. */
  failures: string[];
}

export interface IntakeOptions {
  feeds?: string[];
  /** Use a feed item's own text instead of fetching its page. */
  feedText?: boolean;
  fields: DatasetFields;
  fetch: FetchSettings;
  /** What an article that says nothing of its date or outlet gets (--date, --outlet). */
  date?: string;
  outlet?: string;
}

function asCliError(err: unknown): never {
  if (err instanceof ArticleInputError) throw new CliError(err.message, EXIT.badInput);
  throw err;
}

export async function readArticles(inputs: string[], options: IntakeOptions): Promise<Intake> {
  if (inputs.length === 0 && !options.feeds?.length)
    throw new CliError('import: expected at least one file, directory, URL or --feed', EXIT.usage);
  const urls = inputs.filter(isHttpUrl);
  const articles: Article[] = [];
  const failures: string[] = [];
  for (const file of await listInputFiles(inputs.filter((i) => !isHttpUrl(i)))) {
    const shown = shownPath(file).split(path.sep).join('/');
    const bytes = await readLocal(file);
    try {
      if (DATASET_EXTENSIONS.includes(path.extname(file).toLowerCase())) {
        for (const r of readDataset(shown, bytes, options.fields)) {
          if (r.article) articles.push({ ...r.article, name: r.item });
          else failures.push(r.error ?? `${r.item}: unreadable`);
        }
      } else articles.push({ ...readArticle(shown, bytes), source: shown, name: shown });
    } catch (err) {
      asCliError(err);
    }
  }
  for (const feed of options.feeds ?? []) {
    if (!isHttpUrl(feed)) await readLocal(feed); // a missing local feed is bad input, as any file
  }
  const fetched = await settleEach(urls, options.fetch.concurrency, async (url) => ({
    ...readFetched(url, await fetchUrl(url, options.fetch)),
    name: url,
  }));
  for (const r of fetched) {
    if (r.ok) articles.push(r.value);
    else failures.push(itemFailure(r.error));
  }
  for (const feed of options.feeds ?? []) {
    const got = await readFeedArticles(feed, options);
    articles.push(...got.articles);
    failures.push(...got.failures);
  }
  for (const a of articles) {
    if (!a.date && options.date) a.date = options.date;
    if (!a.outlet && options.outlet) a.outlet = options.outlet;
  }
  return { articles, failures };
}
