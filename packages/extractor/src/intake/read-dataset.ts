// readDataset(): a news dataset (.jsonl / .ndjson lines, a .json array, or .csv with a header row) → one
// article per record, named `file:line` so a bad record is reported where it is. A bad record (not JSON,
// no text) is a failure of its own and never stops the others.
import { parse as parseCsv } from 'csv-parse/sync';
import type { ArticleInput } from '../article-options.js';
import { ArticleInputError } from '../errors.js';
import { decodeArticle } from '../read-article.js';
import { htmlToText } from '../html-to-text.js';
import { articleDate } from './article-date.js';
import { canonicalUrl } from './canonical-url.js';
import { DEFAULT_DATASET_FIELDS, type DatasetFields } from './dataset-fields.js';

/** File endings read as datasets of many articles. */
export const DATASET_EXTENSIONS = ['.jsonl', '.ndjson', '.json', '.csv'];

export interface DatasetRecord {
  /** `file:line`, how the record is named in messages and, without an address, its document's source. */
  item: string;
  article?: ArticleInput;
  /** Why the record is not an article (the message names the item). */
  error?: string;
}

type Row = Record<string, unknown>;

function first(row: Row, keys: string[]): unknown {
  for (const k of keys) {
    const v = row[k];
    if (v !== undefined && v !== null && v !== '') return v;
  }
  return undefined;
}

const asText = (v: unknown): string | undefined => {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  // NewsAPI-style {"source": {"id": …, "name": "Reuters"}}.
  if (v && typeof v === 'object' && typeof (v as Row).name === 'string') return asText((v as Row).name);
  return undefined;
};

function toRecord(item: string, row: unknown, fields: DatasetFields): DatasetRecord {
  if (!row || typeof row !== 'object' || Array.isArray(row))
    return { item, error: `${item}: expected a JSON object per record` };
  const r = row as Row;
  const raw = asText(first(r, fields.text));
  if (!raw)
    return {
      item,
      error:
        fields.text.length === 1
          ? `${item}: no text in field "${fields.text[0]}"`
          : `${item}: no text (none of the fields ${fields.text.join(', ')} is set)`,
    };
  // Datasets scraped from pages often keep the markup.
  const text = /<\/?(p|div|br|span|a)\b/i.test(raw) ? htmlToText(raw) : raw;
  const article: ArticleInput = { text, record: item };
  const title = asText(first(r, fields.title));
  const date = articleDate(first(r, fields.date));
  const url = canonicalUrl(asText(first(r, fields.url)));
  const outlet = asText(first(r, fields.outlet));
  if (title) article.title = title;
  if (date) article.date = date;
  if (url) article.url = url;
  if (outlet) article.outlet = outlet;
  return { item, article };
}

export function readDataset(
  name: string,
  content: Uint8Array | string,
  fields: DatasetFields = DEFAULT_DATASET_FIELDS,
): DatasetRecord[] {
  const text = decodeArticle(name, content);
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv')) return readCsv(name, text, fields);
  if (lower.endsWith('.json')) {
    let rows: unknown;
    try {
      rows = JSON.parse(text);
    } catch (err) {
      throw new ArticleInputError(`${name}: not JSON (${(err as Error).message})`);
    }
    if (!Array.isArray(rows)) throw new ArticleInputError(`${name}: expected a JSON array of article records`);
    return rows.map((row, i) => toRecord(`${name}#${i + 1}`, row, fields));
  }
  const out: DatasetRecord[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const item = `${name}:${i + 1}`;
    try {
      out.push(toRecord(item, JSON.parse(line), fields));
    } catch (err) {
      out.push({ item, error: `${item}: not JSON (${(err as Error).message})` });
    }
  });
  return out;
}

function readCsv(name: string, text: string, fields: DatasetFields): DatasetRecord[] {
  const out: DatasetRecord[] = [];
  let rows: Array<{ record: Row; info: { lines: number } }>;
  try {
    rows = parseCsv(text, {
      columns: true,
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      skip_records_with_error: true,
      on_skip: (err) => {
        const line = (err as { lines?: number } | undefined)?.lines;
        const item = `${name}:${line ?? '?'}`;
        out.push({ item, error: `${item}: not a CSV record (${err?.message ?? 'unreadable'})` });
        return undefined;
      },
    }) as Array<{ record: Row; info: { lines: number } }>;
  } catch (err) {
    throw new ArticleInputError(`${name}: not CSV (${(err as Error).message})`);
  }
  for (const { record, info } of rows) out.push(toRecord(`${name}:${info.lines}`, record, fields));
  return out;
}
