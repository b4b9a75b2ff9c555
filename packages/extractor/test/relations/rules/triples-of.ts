// The triples of a text as "Subject TYPE Object" lines (attributed ones end with "@Speaker", and with
// `hedged` the hedged ones with "(hedged)"), for the rule tables of this folder.
import { extract } from '../../../src/index.js';

export function triplesOf(text: string, flags: { hedged?: boolean } = {}): string[] {
  const r = extract(text);
  const name = new Map(r.entities.map((e) => [e.id, e.name]));
  return r.triples
    .map(
      (t) =>
        `${name.get(t.subject)} ${t.predicate.type} ${name.get(t.object)}` +
        (t.attributedTo ? ` @${name.get(t.attributedTo)}` : '') +
        (t.negated ? ' (negated)' : '') +
        (flags.hedged && t.hedged ? ' (hedged)' : ''),
    )
    .sort();
}

/** The triples of a text as 'Subject TYPE "phrase" Object' lines, in the extractor's order (for the tables
 * that check an edge's words). */
export function phrasesOf(text: string): string[] {
  const r = extract(text);
  const name = new Map(r.entities.map((e) => [e.id, e.name]));
  return r.triples.map((t) => `${name.get(t.subject)} ${t.predicate.type} "${t.predicate.text}" ${name.get(t.object)}`);
}
