// Objects that are not what the verb reached: "having armed himself" (a reflexive object is the subject
// itself, whatever coreference made of the pronoun), "a Sylvester the Cat plush toy" (a thing named after a
// person), and "received a Digital Millennium Copyright Act (DMCA) take-down notice" (a name, glossed by its
// acronym, that modifies the common noun after it: the notice was received, not the Act; "the Indian
// National Congress (INC) party" is the party), nor is the object of an -ing form the parse read as a noun after a
// preposition ("withdrew from using Princess Ubolratana as their candidate": the party did not withdraw from her).
import type { TripleDraft } from './rule.js';
import type { SentenceView } from './sentence-view.js';
import { ORG_HEADS } from '../entities/lexicon/org-words.js';
import { aloneTags } from '../common-word.js';

const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves', 'yourself']);

export function modifierObject(view: SentenceView, d: TripleDraft): boolean {
  const { toks } = view;
  if (REFLEXIVES.has(toks[d.to]?.normal ?? '')) return true;
  if (kindNamedForPerson(view, d) || gerundsObject(view, d)) return true;
  let j: number;
  if (/\(/.test(toks[d.to]?.pre ?? '') && /\)/.test(toks[d.to]?.post ?? '')) j = d.to + 1;
  else if (/\(\s*$/.test(toks[d.to]?.post ?? '') || /^\s*\(/.test(toks[d.to + 1]?.pre ?? '')) {
    // Past a bracketed gloss right after the name: "(DMCA)".
    for (j = d.to + 1; j < toks.length && !/\)/.test(toks[j].post); j++);
    j++;
  } else return false;
  const next = toks[j];
  if (!next || !/\)\s*$/.test(toks[j - 1].post) || view.entityAt[j] || !/^\p{Ll}/u.test(next.text)) return false;
  // "the Indian National Congress (INC) party": a word for the body's own kind still names it.
  if (ORG_HEADS.has(next.normal)) return false;
  // "take-down notice": a hyphened compound, or a plain noun.
  return next.post === '-' || (next.tags.has('Noun') && !next.tags.has('Verb') && !next.tags.has('Pronoun'));
}

/** The first token of the object's mention in the draft's span. */
function objectStart(view: SentenceView, d: TripleDraft): number {
  let k = d.to;
  while (k > d.from && view.entityAt[k] !== d.object) k--;
  while (k > d.from && view.entityAt[k - 1] === d.object) k--;
  return k;
}

/** "backed away from hiring Ann Cole": a preposition, then a lower-case -ing form of a verb (past the draft's
 * own verb) and the name, with at most title words between ("using Princess Ubolratana"). */
function gerundsObject(view: SentenceView, d: TripleDraft): boolean {
  if (!d.verb) return false;
  let j = objectStart(view, d) - 1;
  while (j > d.verb.to && /^\p{Lu}/u.test(view.toks[j].text) && !view.entityAt[j]) j--;
  const t = view.toks[j];
  if (j <= d.verb.to || !/^\p{Ll}+ing$/u.test(t.text) || !aloneTags(t.normal)?.includes('Gerund')) return false;
  // (Read as a verb, the -ing form is a chunk of its own, and the draft's words hold it: "refrained from criticizing".)
  const inPhrase = view.chunks.some((c) => c.kind === 'NP' && c.from <= j && j <= c.to);
  return inPhrase && !!view.toks[j - 1]?.tags.has('Preposition');
}

/** "recalled receiving a Sylvester the Cat plush toy", "bought a Picasso": a person's name after "a" or "an"
 * names a thing or a kind called after the person, not the person. */
function kindNamedForPerson(view: SentenceView, d: TripleDraft): boolean {
  if (view.types.get(d.object) !== 'Person') return false;
  const k = objectStart(view, d);
  return view.entityAt[k] === d.object && view.kindAt[k] !== 'pronoun' && /^an?$/.test(view.toks[k - 1]?.normal ?? '');
}
