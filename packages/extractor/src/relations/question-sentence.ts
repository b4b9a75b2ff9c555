// Questions assert nothing: "Did Acme buy Beta?", "Why did Acme sue Beta?" and the quoted '"Will Acme buy
// Beta?" asked Tom Hale' state no purchase and no lawsuit, so their clauses make no event edges.
// Descriptions inside them still hold ("Did US Secretary of State Ann Cole resign?" still says whom she
// works for); the caller drops only event drafts.
import type { SentenceView } from './sentence-view.js';

/** Closing quotes and brackets that may follow a question mark. */
const CLOSERS = /[\s"'”’»)\]]+$/u;
const asks = (text: string) => text.replace(CLOSERS, '').endsWith('?');

/** Token ranges [from, to] of the sentence that are questions: the whole sentence when it ends with "?",
 * and each quotation whose last word is followed by "?". */
export function questionRanges(view: Pick<SentenceView, 'sentence' | 'toks' | 'quotes'>): Array<[number, number]> {
  if (asks(view.sentence.text)) return [[0, view.toks.length - 1]];
  return view.quotes.filter(([, to]) => view.toks[to] && asks(view.toks[to].text + view.toks[to].post));
}

/** Whether a draft spanning tokens [from, to] lies inside one of the ranges. */
export const insideRanges = (ranges: Array<[number, number]>, from: number, to: number): boolean =>
  ranges.some(([a, b]) => from >= a && to <= b);
