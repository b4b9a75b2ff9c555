// The columns a news dataset's records are read from: DEFAULT_DATASET_FIELDS lists, for each part of an
// article, the names common datasets use (the first present wins); resolveDatasetFields() takes the
// user's choices (`kg import --text-field body`), each naming exactly one column.
import { ArticleInputError } from '../errors.js';

export interface DatasetFields {
  text: string[];
  title: string[];
  date: string[];
  url: string[];
  outlet: string[];
}

export const DEFAULT_DATASET_FIELDS: Readonly<DatasetFields> = Object.freeze({
  text: ['text', 'content', 'body', 'article', 'maintext', 'description'],
  title: ['title', 'headline'],
  date: ['date', 'published', 'publishedAt', 'published_at', 'pubDate', 'date_publish', 'datePublished', 'timestamp'],
  url: ['url', 'link', 'canonical_url', 'canonical'],
  outlet: ['outlet', 'source', 'publisher', 'source_name', 'site_name', 'source_domain'],
});

export function resolveDatasetFields(partial: Partial<Record<keyof DatasetFields, string>> = {}): DatasetFields {
  const out: DatasetFields = { ...DEFAULT_DATASET_FIELDS };
  for (const key of Object.keys(DEFAULT_DATASET_FIELDS) as Array<keyof DatasetFields>) {
    const v = partial[key];
    if (v === undefined) continue;
    if (typeof v !== 'string' || v.trim() === '')
      throw new ArticleInputError(
        `resolveDatasetFields: expected the ${key} field to be a column name, got ${JSON.stringify(v)}`,
      );
    out[key] = [v.trim()];
  }
  return out;
}
