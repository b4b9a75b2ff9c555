// loadArticles(): articles → extraction (worker threads) → the store, chunk by chunk so a long import
// streams into it, the next chunk extracted while one loads; the summaries added up. Shared by `kg import` and `kg watch`.
import type { AliasRules, ExtractionResult } from '@kg/extractor';
import { addSummaries, type GraphStore, type ImportSummary } from '@kg/graph';
import { extractArticles } from './extract-articles.js';
import { progressBar, type Progress } from './progress.js';
import type { Article } from './read-articles.js';

/** A note the extractor made about one document (cut at the size limit, HTML ignored, binary bytes). */
export interface DocumentWarning {
  source: string;
  document: string;
  message: string;
}

export interface LoadOptions {
  aliases?: AliasRules;
  batchSize: number;
  threads?: number;
  /** Collects the extractor's warnings (each also said on stderr). */
  warnings: DocumentWarning[];
}

/** Extracts the articles, dropping (and saying) those with nothing in them. */
export async function extractKept(
  chunk: Article[],
  options: LoadOptions,
  bar: Progress,
  before: number,
): Promise<ExtractionResult[]> {
  const results = await extractArticles(chunk, options.aliases, (n) => bar.update(before + n), options.threads);
  return results.filter((r, i) => {
    // Said as they come (a cut at the size limit drops most of a long file), and listed in --format json.
    for (const message of r.document.warnings ?? []) {
      const w = { source: chunk[i].name, document: r.document.id, message: message.replace(/^extract: /, '') };
      options.warnings.push(w);
      process.stderr.write(`kg: ${w.source}: warning: ${w.message}\n`);
    }
    if (r.entities.length > 0) return true;
    process.stderr.write(`kg: ${chunk[i].name}: nothing extracted (no entities found); not imported\n`);
    return false;
  });
}

export async function loadArticles(
  store: GraphStore,
  articles: Article[],
  options: LoadOptions,
): Promise<ImportSummary> {
  const bar = progressBar('import', articles.length);
  const parts: ImportSummary[] = [];
  const extract = (i: number) =>
    i < articles.length ? extractKept(articles.slice(i, i + options.batchSize), options, bar, i) : null;
  // Loading overlaps extraction: the next batch is extracted on the worker threads while this one loads.
  let next = extract(0);
  try {
    for (let i = 0; next; i += options.batchSize) {
      const kept = await next;
      next = extract(i + options.batchSize);
      if (kept.length) parts.push(await store.importDocuments(kept, { aliases: options.aliases }));
    }
  } finally {
    // After a failed load, the batch being extracted is not waited for, and its failure is not news.
    void next?.catch(() => undefined);
    bar.stop();
  }
  return addSummaries(parts);
}

/** The one-line summary `kg import` and `kg watch` print. */
export function formatSummary(s: ImportSummary): string {
  return (
    `imported ${s.documents - s.unchanged} document(s), ${s.unchanged} unchanged: +${s.entitiesAdded} entities, ` +
    `+${s.relationsAdded} relations, +${s.claimsAdded} claims, ${s.corroborated} corroborated, ${s.disputed} disputed, ` +
    `${s.replaced} replaced, ${s.sentences} sentences`
  );
}
