// readArticles(): expand the user's files and directories into article texts, checking every input
// before anything is written: a missing, empty or binary file, or a directory without articles, is a
// one-line error naming it. Each file is read by the extractor's readArticleText, as the viewer's upload is.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ARTICLE_EXTENSIONS, ArticleInputError, readArticleText } from '@kg/extractor';
import { CliError, EXIT } from '../cli-error.js';
import { shownPath } from '../shown-path.js';

export interface Article {
  /** Path relative to the working directory (the document's source). */
  source: string;
  text: string;
}

async function listArticles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listArticles(full)));
    else if (entry.isFile() && ARTICLE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) out.push(full);
  }
  return out;
}

export async function readArticles(inputs: string[]): Promise<Article[]> {
  if (inputs.length === 0) throw new CliError('import: expected at least one file or directory', EXIT.usage);
  const files: string[] = [];
  for (const input of inputs) {
    const st = await stat(input).catch((err: NodeJS.ErrnoException) => {
      throw new CliError(
        `${input}: ${err.code === 'ENOENT' ? 'no such file or directory' : `cannot read (${err.code ?? 'error'})`}`,
        EXIT.badInput,
      );
    });
    if (st.isDirectory()) {
      const found = await listArticles(input);
      if (found.length === 0)
        throw new CliError(`${input}: no articles (${ARTICLE_EXTENSIONS.join(' ')}) in this directory`, EXIT.badInput);
      files.push(...found);
    } else files.push(input);
  }
  const articles: Article[] = [];
  for (const file of [...new Set(files.map((f) => path.resolve(f)))]) {
    const shown = shownPath(file);
    const bytes = await readFile(file).catch((err: NodeJS.ErrnoException) => {
      throw new CliError(`${shown}: cannot read (${err.code ?? 'error'})`, EXIT.badInput);
    });
    let text: string;
    try {
      text = readArticleText(shown, bytes);
    } catch (err) {
      if (err instanceof ArticleInputError) throw new CliError(err.message, EXIT.badInput);
      throw err;
    }
    articles.push({ source: shown.split(path.sep).join('/'), text });
  }
  return articles;
}
