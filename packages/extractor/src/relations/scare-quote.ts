// Quotations after a verb of saying that are not what was said: a word the writer marks inside the speech
// ("said the “phony” Harris attacked Biden") or a title set off by commas ("says his event, “Storm Area 51”,
// was a joke"). The clause around such a quotation is the speech.
import type { Token } from '../tokens.js';
import type { SentenceView } from './sentence-view.js';

/** "said the “phony” and “nasty” Harris attacked Biden": a quoted word after a determiner, or a short quoted
 * phrase the clause runs on from, is a word the writer marks inside what was said (a scare quote), not the
 * quotation the verb introduces; the clause after the verb is the speech. */
export function scareQuote(view: SentenceView, right: number, [a, b]: [number, number]): boolean {
  const between = view.toks.slice(right + 1, a);
  if (between.some((t) => t.tags.has('Determiner') && t.normal !== 'that')) return true;
  if (apposedQuote(view, between, [a, b])) return true;
  const next = view.toks[b + 1];
  return b - a < 3 && !!next && !/[,.;:!?…—–]/u.test(view.toks[b].post) && /^\p{L}/u.test(next.text);
}

/** "says his event, “Storm Area 51, They Can't Stop All of Us”, was posted as a joke": a quotation set off by
 * commas between a noun phrase and its verb names that thing (a title); the clause it sits in is what was said. */
function apposedQuote(view: SentenceView, between: Token[], [a, b]: [number, number]): boolean {
  const next = view.toks[b + 1];
  return (
    between.length > 0 &&
    between.every((t) => !t.tags.has('Verb')) &&
    /,\s*$/.test(view.toks[a - 1].post) &&
    /,/.test(view.toks[b].post) &&
    !!next?.tags.has('Verb')
  );
}
