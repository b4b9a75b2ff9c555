// itemFailure(): the one line a failed import item is reported with (its own message names it). Only
// the failures an input can cause are reported this way; anything else is a bug and is thrown.
import { ArticleInputError } from '@kg/extractor';
import { FetchError } from './fetch-url.js';

export function itemFailure(err: unknown): string {
  if (err instanceof FetchError || err instanceof ArticleInputError) return err.message;
  throw err;
}
