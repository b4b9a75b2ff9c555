// Reads a folder of `<article>.facts.json` references and the articles they name (each `document` path
// is relative to the corpus root, by default two folders above the gold folder).
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { FactsReferenceError } from './errors.js';
import { parseFactsReference, type FactsReference } from './facts-reference.js';

export interface FactsGoldArticle {
  /** The reference file's name without `.facts.json`. */
  name: string;
  reference: FactsReference;
  textPath: string;
  text: string;
}

const code = (err: unknown) => (err as NodeJS.ErrnoException).code ?? 'error';

export async function readFactsGold(goldDir: string, corpusRoot?: string): Promise<FactsGoldArticle[]> {
  const fail = (message: string): never => {
    throw new FactsReferenceError(`readFactsGold: ${message}`);
  };
  const root = corpusRoot ?? resolve(goldDir, '..', '..');
  const files = await readdir(goldDir).catch((err) => fail(`${goldDir}: cannot read folder (${code(err)})`));
  const names = files.filter((f) => f.endsWith('.facts.json')).sort();
  if (!names.length) fail(`${goldDir}: expected <article>.facts.json files, found none`);
  const articles: FactsGoldArticle[] = [];
  for (const file of names) {
    const path = join(goldDir, file);
    const raw = await readFile(path, 'utf8').catch((err) => fail(`${path}: cannot read (${code(err)})`));
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (err) {
      fail(`${path}: expected JSON (${(err as Error).message})`);
    }
    const reference = parseFactsReference(json, path);
    const textPath = join(root, reference.document);
    const text = await readFile(textPath, 'utf8').catch((err) =>
      fail(`${textPath}: cannot read the article of ${file} (${code(err)}); is --corpus-root right?`),
    );
    articles.push({ name: file.replace(/\.facts\.json$/, ''), reference, textPath, text });
  }
  return articles;
}
