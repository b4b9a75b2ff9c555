// Where a reported statement after its verb starts and ends when something else stands around it: the person
// told ("told the BBC that police suspect …" reports "police suspect …", not "the BBC that …"), and the comma
// closing a relative clause the verb is in ("China, which claims sovereignty over Taiwan, bans …" reports no
// more than "sovereignty over Taiwan"; the rest is the sentence's own main clause).
import type { SentenceView } from './sentence-view.js';
import { ADDRESSEE_VERBS } from './reported-content.js';
import { opensClause } from './objects-of.js';

/** The first token of what was said after an addressee: past "told <X> that", or at the subject of "told <X> he
 * would resign" / "told <X> the plant would close"; else `from` as it is. */
export function afterAddressee(view: SentenceView, from: number, lemma: string): number {
  if (!ADDRESSEE_VERBS.has(lemma)) return from;
  const ch = view.chunks;
  const k = ch.findIndex((x) => x.from === from);
  const told = ch[k];
  if (!told || told.kind !== 'NP' || told.breakAfter) return from;
  const next = ch[k + 1];
  // ("told the Herald that Volvo would …": the parse may read "that" as the determiner of the next phrase)
  if (next && view.toks[next.from].normal === 'that' && (next.kind === 'COMP' || next.kind === 'NP'))
    return next.kind === 'COMP' ? next.to + 1 : next.from + 1;
  // The clause's subject, with its "of/in …" phrases ("the plant in Ghent would close"), then its verb.
  return next?.kind === 'NP' && !next.breakAfter && opensClause(view, k + 1) ? next.from : from;
}

/** The last token of what was said: the token before the comma that closes the relative clause the verb group
 * at chunk c is in (", which claims …,", ", who said …,"), else the sentence's last token. */
export function statementEnd(view: SentenceView, c: number, from: number): number {
  const ch = view.chunks;
  const last = view.toks.length - 1;
  const rel = ch[c - 1]?.kind === 'REL' ? c - 1 : ch[c - 2]?.kind === 'REL' ? c - 2 : -1;
  if (rel < 0 || !/,/.test(view.toks[ch[rel].from - 1]?.post ?? '')) return last;
  for (let k = from; k < last; k++) if (/[,;]|—/.test(view.toks[k].post)) return k;
  return last;
}
