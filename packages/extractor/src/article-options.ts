// articleOptions(): the one rule for an article's document id and title, whichever way it arrives
// (`kg import` of a file, the viewer's upload or pasted text), so one article is one document.
import { documentId } from './document-id.js';
import type { ExtractOptions } from './types.js';

export interface ArticleInput {
  text: string;
  /** Where it came from: a path relative to the working folder, a URL, or an uploaded file's name. */
  source?: string;
  /** The file's name when it differs from `source`; the title falls back to it. */
  file?: string;
  title?: string;
  date?: string;
}

/**
 * The id comes from the source, so an edited article re-imported from the same place replaces its own
 * evidence instead of adding a twin; without a source the extractor hashes the text. The title is the
 * given one, else a short first line (Markdown `#` dropped), else the file's name without its ending.
 */
export function articleOptions(article: ArticleInput): ExtractOptions {
  const options: ExtractOptions = {};
  if (article.source) {
    options.id = documentId(`source:${article.source}`);
    options.source = article.source;
  }
  const title = article.title ?? firstLine(article.text) ?? baseName(article.file ?? article.source);
  if (title) options.title = title;
  if (article.date) options.date = article.date;
  return options;
}

function firstLine(text: string): string | undefined {
  const line = text
    .trim()
    .split('\n', 1)[0]
    .replace(/^#+\s*/, '')
    .trim();
  return line.length > 0 && line.length <= 120 ? line : undefined;
}

function baseName(file: string | undefined): string | undefined {
  const name = file
    ?.split(/[/\\]/)
    .pop()
    ?.replace(/\.[^.]*$/, '');
  return name || undefined;
}
