// loadArticles(): articles → extraction (worker threads) → the store, chunk by chunk so a long import
// streams into it, the next chunks extracted while one loads; the summaries added up. Shared by `kg import` and `kg watch`.
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

/**
 * Batches extracted ahead of the one loading. Held to one, the worker threads sat idle whenever a store's
 * write (the Neo4j server, starved of CPU by those same threads) took longer than the next batch's
 * extraction; a few keep them busy, and the bound keeps a long import's memory to a few batches of results.
 */
export const EXTRACT_AHEAD = 3;

export async function loadArticles(
  store: GraphStore,
  articles: Article[],
  options: LoadOptions,
): Promise<ImportSummary> {
  const bar = progressBar('import', articles.length);
  const size = options.batchSize;
  const count = Math.ceil(articles.length / size);
  const loaded = Array.from({ length: count }, () => signal());
  let loadedCount = 0;
  let stopped = false;
  // Batch b is extracted after batch b-1 (one batch on the workers at a time) once batch b-1-EXTRACT_AHEAD is
  // loaded; after a failure, batches not yet started are not extracted.
  const extracted: Promise<ExtractionResult[]>[] = [];
  for (let b = 0; b < count; b++) {
    const ready = Promise.all([extracted[b - 1], loaded[b - 1 - EXTRACT_AHEAD]?.done]);
    const start = b * size;
    extracted.push(
      ready.then(() => {
        if (stopped) return [];
        // While the store is a whole batch behind, loading is what holds the import: one extraction thread
        // leaves a core to the loading (a local Neo4j server shares the cores with the workers).
        const threads = loadedCount < b - 1 && options.threads !== 0 ? 1 : options.threads;
        return extractKept(articles.slice(start, start + size), { ...options, threads }, bar, start);
      }),
    );
    // Awaited in order below: one that fails before its turn is not an unhandled rejection meanwhile,
    // and after a failed load, batches still being extracted are not waited for.
    extracted[b].catch(() => undefined);
  }
  const parts: ImportSummary[] = [];
  try {
    for (let b = 0; b < count; b++) {
      const kept = await extracted[b];
      if (kept.length) parts.push(await store.importDocuments(kept, { aliases: options.aliases }));
      loadedCount = b + 1;
      loaded[b].fire();
    }
  } finally {
    stopped = true;
    bar.stop();
  }
  return addSummaries(parts);
}

/** A promise resolved from outside: `done` settles when `fire` is called. */
function signal(): { done: Promise<void>; fire: () => void } {
  let fire!: () => void;
  const done = new Promise<void>((resolve) => (fire = resolve));
  return { done, fire };
}

/** The one-line summary `kg import` and `kg watch` print. */
export function formatSummary(s: ImportSummary): string {
  return (
    `imported ${s.documents - s.unchanged} document(s), ${s.unchanged} unchanged: +${s.entitiesAdded} entities, ` +
    `+${s.relationsAdded} relations, +${s.claimsAdded} claims, ${s.corroborated} corroborated, ${s.disputed} disputed, ` +
    `${s.replaced} replaced, ${s.sentences} sentences`
  );
}
