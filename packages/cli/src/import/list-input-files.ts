// listInputFiles(): the user's files and folders → the files to read, folders searched for articles
// (ARTICLE_EXTENSIONS; a dataset is read only when named). A missing input or a folder without articles
// is a one-line CliError naming it.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { ARTICLE_EXTENSIONS } from '@kg/extractor';
import { CliError, EXIT } from '../cli-error.js';

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

/** Absolute paths, each once, in the order given (a folder's files sorted by name). */
export async function listInputFiles(inputs: string[]): Promise<string[]> {
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
  return [...new Set(files.map((f) => path.resolve(f)))];
}
