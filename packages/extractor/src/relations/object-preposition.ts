// Verbs whose relation is told by a preposition around their object: "challenged Tom Hale for the
// nomination" contests a prize with a rival, "challenged Biden to name one" or "to a debate" dares him (while
// "challenged the ruling" disputes it), and "discussed the merger with Ann Cole" names whom the subject talked
// to (the topic is the merger), as "spoke with Ann Cole" does. Applied to a draft before the edge gate, so the
// new type's end signature is checked as any other.
import type { TripleDraft } from './rule.js';
import type { SentenceView } from './sentence-view.js';
import { FALLBACK_TYPE } from './vocabulary.js';

/** Verb lemma → preposition right after the object → the relation type it gives. */
const AFTER_OBJECT: Record<string, Record<string, string>> = {
  challenge: { for: 'COMPETES_WITH', to: FALLBACK_TYPE },
};
const SPEAKING = new Set(['speak', 'chat', 'confer']);
/** Relation type → preposition right before the object → the type it gives: one mentions a topic, and
 * talks about it with someone; one travels to a place, and from another. */
const BEFORE_OBJECT: Record<string, Record<string, string>> = {
  MENTIONS: { with: 'MEETS' },
  // "flew from Oslo", "travelled from Tomsk": a journey's start is left, not visited.
  VISITS: { from: FALLBACK_TYPE },
  // "launches from Mahia", "built from scratch": where a thing is made or sent from is not the thing made.
  CREATES: { from: FALLBACK_TYPE },
};

/** The draft retyped by the preposition around its object, or the draft itself. */
export function retypedByObjectPreposition(view: SentenceView, d: TripleDraft): TripleDraft {
  const lemma = d.verb?.lemma;
  // Only a verb's own reading: "a challenge for Acme" (a noun) is another matter.
  if (!lemma || d.predicate.lemma !== lemma) return d;
  const before = /(\S+)$/.exec(d.predicate.text)?.[1].toLowerCase() ?? '';
  // "spoke with Ann Cole": two people's conversation, as "talked with" is ("spoke with CNN", an outlet, is an
  // interview, which says nothing by itself).
  const people = view.types.get(d.subject) === 'Person' && view.types.get(d.object) === 'Person';
  if (d.predicate.type === 'SAYS' && before === 'with' && SPEAKING.has(lemma) && people)
    return { ...d, predicate: { ...d.predicate, type: 'MEETS' } };
  const type = AFTER_OBJECT[lemma]?.[view.toks[d.to + 1]?.normal ?? ''] ?? BEFORE_OBJECT[d.predicate.type]?.[before];
  return type && type !== d.predicate.type ? { ...d, predicate: { ...d.predicate, type } } : d;
}
