// extractArticles(): articles → ExtractionResults. Ids and titles follow the extractor's articleOptions
// (id from the article's path), the same rule as the viewer's upload.
import * as extractor from '@kg/extractor';
import type { AliasRules, BatchItem, BatchOptions, ExtractionResult } from '@kg/extractor';
import type { Article } from './read-articles.js';

/**
 * Extraction over the extractor's worker-thread pool (extractBatch). `threads` 0 runs in this thread;
 * when the built worker script is unavailable (running from sources, e.g. under jest) it falls back to
 * the calling thread rather than failing the import.
 */
export async function extractArticles(
  articles: Article[],
  aliases?: AliasRules,
  onDone?: (n: number) => void,
  threads?: number,
): Promise<ExtractionResult[]> {
  const items = articles.map((a) => ({
    text: a.text,
    options: { ...extractor.articleOptions(a), ...(aliases ? { aliases } : {}) },
  }));
  const onProgress = (done: number) => onDone?.(done);
  return extractOnWorkers(items, { threads: items.length > 1 ? threads : 0, onProgress });
}

/** extractBatch, falling back to the calling thread when the built worker script is unavailable. */
export async function extractOnWorkers(items: BatchItem[], options: BatchOptions): Promise<ExtractionResult[]> {
  try {
    return await extractor.extractBatch(items, options);
  } catch (err) {
    if (
      !/Cannot find module|ERR_MODULE_NOT_FOUND/.test(
        String((err as Error).message) + String((err as { code?: string }).code),
      )
    )
      throw err;
    return extractor.extractBatch(items, { ...options, threads: 0 });
  }
}
