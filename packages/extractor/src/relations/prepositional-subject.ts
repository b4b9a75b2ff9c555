// "My reason for being hired to work in Leipzig is to study the bones": a name right after a preposition is
// that preposition's object, inside a longer subject, not the subject of the verb that follows it. Named
// subjects stand at the clause's start or after a break ("In Leipzig, Ann Cole studies …"), as the subject
// of a gerund right after it ("with Red Hat gaining the rights"), or after "of" ("the city of Seattle cleared …").
import type { TripleDraft } from './rule.js';
import type { SentenceView } from './sentence-view.js';
import { actsForOwner } from './np-entity.js';

const PREPOSITIONS = new Set(['in', 'at', 'from', 'for', 'with', 'on', 'into', 'near', 'about', 'to', 'by']);
const BREAK = /[,;:—–()]/;

/** The draft's subject is a name before its verb, right after a preposition, with no break up to the verb. */
export function prepositionalSubject(view: SentenceView, d: TripleDraft): boolean {
  const v = d.verb;
  if (!v) return false;
  const { toks, entityAt } = view;
  let end = v.from - 1;
  while (end >= 0 && entityAt[end] !== d.subject) end--;
  if (end < 0) return false;
  let start = end;
  while (start > 0 && entityAt[start - 1] === d.subject) start--;
  // ("to Acme Power (AP) struck …": the bracket closing the name's own short form ends no phrase.)
  const glossed = /^\)\s*$/.test(toks[end].post) && toks.slice(start + 1, end + 1).some((t) => t.pre.includes('('));
  if (toks.slice(end, v.from).some((t, k) => BREAK.test(t.post) && !(k === 0 && glossed))) return false;
  // A pronoun's antecedent is found elsewhere ("for his work in creating X" is still his act).
  if (toks[start].tags.has('Pronoun')) return false;
  const before = toks[start - 1];
  // Any punctuation after the preposition-like word ends its phrase ("… I'm nowhere near." Ann Cole told …).
  if (!before || !PREPOSITIONS.has(before.normal) || /\S/.test(before.post)) return false;
  // A gerund right after the name is the name's act ("calls by officials asking Peru to …", "with Acme
  // gaining the rights"), unless the name is a possessive ("about Minetest's modding API"). So is one after a
  // noun that acts for the name ("calls by Peruvian officials asking …", np-entity.ts).
  const actsFor = v.from === end + 2 && actsForOwner(toks[end + 1].normal);
  return !((v.from === end + 1 || actsFor) && toks[v.from].tags.has('Gerund') && !/['’]s$/.test(toks[end].text));
}
