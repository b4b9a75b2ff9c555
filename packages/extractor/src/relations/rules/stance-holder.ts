// A person or body described by a noun of stance: "Navalny is an outspoken critic of Putin", "Ann Cole, a
// longtime supporter of Tom Hale, …", "a Kremlin critic" → the holder CRITICIZES / SUPPORTS the other end.
// The holder is the subject of "is" or the name the phrase stands in apposition to.
import { npEntity } from '../np-entity.js';
import { subjectOf } from '../subject-of.js';
import type { Chunk } from '../chunks.js';
import type { RelationRule, TripleDraft } from '../rule.js';
import type { SentenceView } from '../sentence-view.js';
import { ARTICLES } from '../../entities/lexicon/pronouns.js';

/** Nouns naming someone by the side they take (singular and plural). */
const STANCE_NOUNS = new Map<string, string>([
  ['critic', 'CRITICIZES'],
  ['critics', 'CRITICIZES'],
  ['opponent', 'CRITICIZES'],
  ['opponents', 'CRITICIZES'],
  ['supporter', 'SUPPORTS'],
  ['supporters', 'SUPPORTS'],
  ['backer', 'SUPPORTS'],
  ['backers', 'SUPPORTS'],
  ['ally', 'SUPPORTS'],
  ['allies', 'SUPPORTS'],
]);
const ENDS = new Set(['Person', 'Organization', 'Place']);

/** The other end: the "of" phrase right after the noun ("critic of Putin"), or a named modifier before it
 * ("a Kremlin critic"), never both; and the span's last token. */
function otherEnd(view: SentenceView, c: number): { id: string; to: number } | undefined {
  const [np, prep, of] = [view.chunks[c], view.chunks[c + 1], view.chunks[c + 2]];
  const modifier = np.entities.filter((e) => e !== np.possessor && e !== np.head);
  if (!np.breakAfter && prep?.kind === 'PREP' && view.toks[prep.from].normal === 'of' && !prep.breakAfter) {
    const id = npEntity(of);
    // The name ends its phrase: in "the United States-led Iraq War" it is the war that is opposed.
    const ends = view.entityAt[of.to] === id && !/^[-–]$/.test(view.toks[of.to].post);
    return id && !modifier.length && ends ? { id, to: of.to } : undefined;
  }
  // "a Kremlin critic": one named modifier, a person or body (a demonym is no stance's object).
  const named = modifier.length === 1 && ['Person', 'Organization'].includes(view.types.get(modifier[0]) ?? '');
  return named ? { id: modifier[0], to: np.to } : undefined;
}

/** Who holds the stance: the subject of a "to be" right before the phrase, or the named phrase it follows
 * after a comma (an apposition, not a list item). */
function holder(view: SentenceView, c: number): { id: string; from: number; verb?: Chunk } | undefined {
  const before = view.chunks[c - 1];
  // ("was also an outspoken opponent of": an adverb may stand between)
  const v = before?.kind === 'ADV' && !before.breakAfter ? c - 2 : c - 1;
  const be = view.chunks[v];
  if (be?.kind === 'VG' && be.lemma === 'be' && !be.passive && !be.breakAfter) {
    const subj = subjectOf(view, v);
    const id = npEntity(subj?.np);
    return id && subj ? { id, from: subj.np.from, verb: be } : undefined;
  }
  const list = view.chunks[c - 2]?.kind === 'NP' || view.chunks[c - 2]?.kind === 'CONJ';
  const np = view.chunks[c];
  if (before?.kind !== 'NP' || !before.breakAfter || !before.head || list) return undefined;
  if (!ARTICLES.has(view.toks[np.from].normal) || view.kindAt[before.to] === 'pronoun') return undefined;
  return { id: before.head, from: before.from };
}

export const stanceHolder: RelationRule = {
  name: 'stance-holder',
  description:
    'a noun of stance (critic, opponent, supporter, backer, ally) said of a name with "is" or in apposition, with an "of" object or a named modifier',
  example: 'Ann Cole, a longtime critic of Tom Hale, spoke.',
  apply(view) {
    const out: TripleDraft[] = [];
    view.chunks.forEach((np, c) => {
      // ("an outspoken critic" may be a topic node of its own: it still names no one)
      const unnamed = !np.head || view.types.get(np.head) === 'Concept';
      const type = np.kind === 'NP' && unnamed ? STANCE_NOUNS.get(np.headWord) : undefined;
      if (!type) return;
      const end = otherEnd(view, c);
      const who = end && holder(view, c);
      if (!end || !who || who.id === end.id) return;
      if (!ENDS.has(view.types.get(who.id) ?? '') || !ENDS.has(view.types.get(end.id) ?? '')) return;
      out.push({
        subject: who.id,
        object: end.id,
        // ("an outspoken critic of": the predicate is the phrase up to its object, as a verb's is)
        predicate: { type, lemma: np.headWord, text: view.slice(np.from, end.to === np.to ? np.to : np.to + 1) },
        confidence: 0.7,
        from: who.from,
        to: end.to,
        ...(who.verb ? { verb: who.verb } : {}),
      });
    });
    return out;
  },
};
