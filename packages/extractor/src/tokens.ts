// One flat token list over the shared compromise parse, with offsets checked against the original text
// and the sentence split derived from the same parse (no second pass over the text). A line break always
// ends a sentence: compromise keeps a quotation whole and can run it on into the next paragraph, which
// would give a fact evidence (and a quote a speaker) from two paragraphs.
import type { Doc } from './context.js';
import type { Sentence } from './types.js';
import { retagPastHomographs } from './past-homographs.js';
import { retagNumberCompounds } from './number-compounds.js';

export interface Token {
  /** Position in the flat list. */
  i: number;
  sentence: number;
  /** Index of the token within its sentence. */
  pos: number;
  text: string;
  /** Lower-case normal form from compromise. */
  normal: string;
  start: number;
  end: number;
  tags: Set<string>;
  pre: string;
  post: string;
  /** Infinitive of a verb / singular of a noun, from compromise's `root` pass. */
  root?: string;
}

interface Term {
  text: string;
  pre: string;
  post: string;
  normal?: string;
  tags: Set<string>;
  root?: string;
  offset?: { start: number; length: number };
}

export interface Tokenised {
  tokens: Token[];
  sentences: Sentence[];
  /** Tokens of each sentence, by sentence index. */
  bySentence: Token[][];
}

export function tokenise(doc: Doc, text: string): Tokenised {
  doc.compute('offset');
  doc.compute('root');
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const bySentence: Token[][] = [];
  let cursor = 0;
  const close = (row: Token[]) => {
    if (!row.length) return;
    retagPastHomographs(row);
    retagNumberCompounds(row);
    const first = row[0];
    const last = row[row.length - 1];
    const trail = /^[^\s]*/.exec(last.post)?.[0] ?? '';
    const lead = /[^\s]*$/.exec(first.pre)?.[0] ?? '';
    const start = first.start - lead.length;
    const end = Math.min(text.length, last.end + trail.length);
    sentences.push({ index: sentences.length, start, end, text: text.slice(start, end) });
    tokens.push(...row);
    bySentence.push(row);
  };
  for (const terms of (doc as unknown as { document: Term[][] }).document) {
    let row: Token[] = [];
    for (const term of terms) {
      if (!term.text) {
        // "didn't", "wasn't", "cannot": compromise splits off the negation as a term with no text of its own,
        // which no token can hold; the written verb carries it. Its normal form stays as written, so a title
        // ("Don't Look Up") reads as before.
        const prev = row[row.length - 1];
        if (prev && term.tags.has('Negative') && prev.tags.has('Verb')) prev.tags = new Set([...prev.tags, 'Negative']);
        continue;
      }
      let start = term.offset?.start ?? cursor;
      // compromise's offsets can drift on unusual characters: re-anchor on the original text.
      if (text.slice(start, start + term.text.length) !== term.text) {
        const found = text.indexOf(term.text, cursor);
        if (found < 0 || found - cursor > 200) continue;
        start = found;
      }
      if (row.length && text.slice(row[row.length - 1].end, start).includes('\n')) {
        close(row);
        row = [];
      }
      const end = start + term.text.length;
      cursor = end;
      row.push({
        i: tokens.length + row.length,
        sentence: sentences.length,
        pos: row.length,
        text: term.text,
        normal: term.normal ?? term.text.toLowerCase(),
        start,
        end,
        tags: term.tags,
        pre: term.pre,
        post: term.post,
        ...(term.root ? { root: term.root } : {}),
      });
    }
    close(row);
  }
  return { tokens, sentences, bySentence };
}
