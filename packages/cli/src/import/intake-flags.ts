// The `kg import` flags that say where articles come from and how to read them (feeds, dataset
// columns, fetch bounds, default date and outlet), and their validation into IntakeOptions.
import type { Command } from 'commander';
import { ArticleInputError, resolveDatasetFields } from '@kg/extractor';
import { CliError, EXIT } from '../cli-error.js';
import { DEFAULT_FETCH, resolveFetch } from './fetch-settings.js';
import type { IntakeOptions } from './read-articles.js';

export interface IntakeFlags {
  feed?: string[];
  feedText?: boolean;
  textField?: string;
  titleField?: string;
  dateField?: string;
  urlField?: string;
  outletField?: string;
  date?: string;
  outlet?: string;
  timeout?: string;
  maxBytes?: string;
  maxRedirects?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function registerIntakeOptions(cmd: Command): Command {
  return cmd
    .option('--feed <url|file>', 'an RSS/Atom feed: import each item (repeatable)', (v, all: string[] = []) => [
      ...all,
      v,
    ])
    .option('--feed-text', "use each feed item's own text instead of fetching its page")
    .option('--text-field <name>', 'dataset column with the article text (default: text, content, body, …)')
    .option('--title-field <name>', 'dataset column with the title (default: title, headline)')
    .option('--date-field <name>', 'dataset column with the published date (default: date, published, publishedAt, …)')
    .option('--url-field <name>', 'dataset column with the article URL (default: url, link)')
    .option('--outlet-field <name>', 'dataset column with the outlet (default: outlet, source, publisher, …)')
    .option('--date <YYYY-MM-DD>', 'published date for articles that give none')
    .option('--outlet <name>', 'outlet for articles that name none')
    .option(
      '--timeout <seconds>',
      'per fetched URL, redirects and body included',
      String(DEFAULT_FETCH.timeoutMs / 1000),
    )
    .option('--max-bytes <n>', 'largest page or feed fetched', String(DEFAULT_FETCH.maxBytes))
    .option('--max-redirects <n>', 'redirects followed per URL', String(DEFAULT_FETCH.maxRedirects));
}

export function intakeOptions(flags: IntakeFlags): IntakeOptions {
  if (flags.date !== undefined && !ISO_DATE.test(flags.date))
    throw new CliError(`import: expected --date as YYYY-MM-DD, got "${flags.date}"`, EXIT.usage);
  const number = (flag: string, v: string | undefined, scale = 1) => {
    if (v === undefined) return undefined;
    const n = Number(v) * scale;
    if (v.trim() === '' || !Number.isFinite(n))
      throw new CliError(`import: expected ${flag} to be a number, got "${v}"`, EXIT.usage);
    return Math.round(n);
  };
  let fields;
  try {
    fields = resolveDatasetFields({
      text: flags.textField,
      title: flags.titleField,
      date: flags.dateField,
      url: flags.urlField,
      outlet: flags.outletField,
    });
  } catch (err) {
    if (err instanceof ArticleInputError) throw new CliError(err.message, EXIT.usage);
    throw err;
  }
  const out: IntakeOptions = {
    fields,
    fetch: resolveFetch(
      Object.fromEntries(
        Object.entries({
          timeoutMs: number('--timeout', flags.timeout, 1000),
          maxBytes: number('--max-bytes', flags.maxBytes),
          maxRedirects: number('--max-redirects', flags.maxRedirects),
        }).filter(([, v]) => v !== undefined),
      ),
    ),
  };
  if (flags.feed?.length) out.feeds = flags.feed;
  if (flags.feedText) out.feedText = true;
  if (flags.date) out.date = flags.date;
  if (flags.outlet?.trim()) out.outlet = flags.outlet.trim();
  return out;
}
