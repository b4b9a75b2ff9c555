// extractArticles(): articles → ExtractionResults. Document ids come from the article's path, so an
// edited article re-imported from the same place replaces its own evidence instead of adding a twin.
import path from 'node:path';
import * as extractor from '@kg/extractor';
import type { AliasRules, ExtractionResult, ExtractOptions } from '@kg/extractor';
import type { Article } from './read-articles.js';

export function articleOptions(article: Article, aliases?: AliasRules): ExtractOptions {
  const firstLine = article.text
    .trim()
    .split('\n', 1)[0]
    .replace(/^#+\s*/, '')
    .trim();
  const title =
    firstLine.length > 0 && firstLine.length <= 120
      ? firstLine
      : path.basename(article.file, path.extname(article.file));
  const options: ExtractOptions = {
    id: extractor.documentId(`source:${article.source}`),
    title,
    source: article.source,
  };
  if (aliases) options.aliases = aliases;
  return options;
}

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
  const items = articles.map((a) => ({ text: a.text, options: articleOptions(a, aliases) }));
  const onProgress = (done: number) => onDone?.(done);
  try {
    return await extractor.extractBatch(items, { threads: items.length > 1 ? threads : 0, onProgress });
  } catch (err) {
    if (
      !/Cannot find module|ERR_MODULE_NOT_FOUND/.test(
        String((err as Error).message) + String((err as { code?: string }).code),
      )
    )
      throw err;
    return extractor.extractBatch(items, { threads: 0, onProgress });
  }
}
