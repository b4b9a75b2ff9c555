// Objects that are not what the verb reached: "having armed himself" (a reflexive object is the subject
// itself, whatever coreference made of the pronoun), and "received a Digital Millennium Copyright Act (DMCA)
// take-down notice" (a name, glossed by its acronym, that modifies the common noun after it: the notice was
// received, not the Act; "the Indian National Congress (INC) party" is the party).
import type { TripleDraft } from './rule.js';
import type { SentenceView } from './sentence-view.js';
import { ORG_HEADS } from '../entities/lexicon/org-words.js';

const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves', 'yourself']);

export function modifierObject(view: SentenceView, d: TripleDraft): boolean {
  const { toks } = view;
  if (REFLEXIVES.has(toks[d.to]?.normal ?? '')) return true;
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
