// Who speaks when a reporting verb has no plain subject before it: the author of a document phrase ("Judge
// Miller's statement said"), a person named after a capitalised title ("US Special Representative for Iran
// Brian Hook said"), and the subject of the clause a reporting gerund hangs on ("played for the Federation
// saying …"). Used by speech-spans.ts.
import { npEntity } from './np-entity.js';
import { subjectOf } from './subject-of.js';
import { SPEAKER_TYPES } from './edge-gate.js';
import type { Chunk } from './chunks.js';
import type { SentenceView } from './sentence-view.js';
import { isTitle } from '../entities/names/name-tokens.js';
import { possessedRole } from './role-noun.js';

/** Head nouns of a document that speaks for its author ("Judge Miller's statement said", "a Daily Post story alleging"). */
export const DOCUMENT_HEADS = new Set([
  'statement',
  'letter',
  'release',
  'post',
  'message',
  'ruling',
  'report',
  'order',
  'story',
  'article',
]);

/** Who a speaker phrase names: its entity, or the author of "Judge Miller's statement" (even when the
 * statement is a concept node of its own). */
export function speakerOf(np: Chunk | undefined): string | undefined {
  if (np?.kind === 'NP' && np.possessor && DOCUMENT_HEADS.has(np.headWord)) return np.possessor;
  return npEntity(np);
}

/** "Erwin Chemerinsky, Dean of UC Berkeley School of Law called it …": a title and its "of" phrase after a
 * person's name and a comma, right before the verb, describe that person (the closing comma left out); the
 * body named in it does not speak. The person's phrase, or undefined. */
export function titledAppositive(view: SentenceView, c: number): Chunk | undefined {
  const ch = view.chunks;
  const [title, person] = [ch[c - 1], ch[c - 2]];
  if (title?.kind !== 'NP' || title.breakAfter || person?.kind !== 'NP' || !person.head) return undefined;
  const first = view.toks[title.from];
  const of = view.toks[title.from + 1];
  if (!/^\p{Lu}/u.test(first.text) || !isTitle(first) || of?.normal !== 'of') return undefined;
  const named = view.types.get(person.head) === 'Person' && view.entityAt[person.to] === person.head;
  return named && view.toks[person.to].post.trim() === ',' ? person : undefined;
}

/** '"…," said Harvard's chancellor, Pradeep Khosla': a role phrase of no name of its own, set off by a comma
 * right before a person's name, is that person's; the phrase with the name, or undefined. */
export function roleAppositive(view: SentenceView, i: number): Chunk | undefined {
  const [role, person] = [view.chunks[i], view.chunks[i + 1]];
  if (role?.kind !== 'NP' || view.toks[role.to].post.trim() !== ',' || !possessedRole(view, role)) return undefined;
  if (role.head && view.types.get(role.head) !== 'Concept') return undefined;
  const named = person?.kind === 'NP' && !!person.head && view.types.get(person.head) === 'Person';
  return named && view.entityAt[person.from] === person.head ? person : undefined;
}

/** "US Special Representative for Iran Brian Hook said": a capitalised title whose "for/of" phrase ends in
 * a titled name right before the verb names that person ("The wife of John Smith said" names nobody). */
export function titledSpeaker(view: SentenceView, c: number): Chunk | undefined {
  const ch = view.chunks;
  const np = ch[c - 1];
  const person = np?.kind === 'NP' && !np.breakAfter ? np.head : undefined;
  if (!person || view.types.get(person) !== 'Person' || view.entityAt[np.from] === person) return undefined;
  const title = ch[c - 3];
  if (ch[c - 2]?.kind !== 'PREP' || title?.kind !== 'NP' || title.head || title.breakAfter) return undefined;
  const words = view.toks.slice(title.from, title.to + 1).filter((t) => !t.tags.has('Determiner'));
  return words.length && words.every((t) => /^[A-Z]/.test(t.text)) ? np : undefined;
}

/** Prepositions whose object may be the author of a thing that says ("a statement from X saying …"). */
const AUTHOR_PREPS = new Set(['from', 'by', 'of']);

/** "decided not to play for the Iranian Chess Federation saying “…”", "posted a message on Facebook on Friday
 * announcing …": a reporting gerund right after a phrase the verb before it governs says what that verb's
 * subject said, not the phrase's object. Undefined when the gerund follows anything else. */
export function gerundSubject(view: SentenceView, c: number): ReturnType<typeof subjectOf> {
  const ch = view.chunks;
  if (!ch[c].gerund || ch[c].finite || ch[c - 1]?.breakAfter) return undefined;
  const authored = (np: Chunk) =>
    DOCUMENT_HEADS.has(np.headWord) && np.entities.some((e) => SPEAKER_TYPES.has(view.types.get(e) ?? ''));
  // Back over the "prep + phrase" pairs and time phrases before the gerund, to the verb that governs them.
  let k = c - 1;
  let prepositions = 0;
  while (ch[k]?.kind === 'NP') {
    // ("slammed Trump for a New York Times story alleging …": a document that names its author says it)
    if (authored(ch[k])) return undefined;
    const before = ch[k - 1];
    if (before?.kind === 'VG') k--;
    if (before?.kind !== 'PREP' || before.breakAfter) break;
    if (AUTHOR_PREPS.has(view.toks[before.from].normal)) return undefined;
    prepositions++;
    k -= 2;
  }
  const verb = ch[k];
  return prepositions && verb?.kind === 'VG' && verb.finite ? subjectOf(view, k, 0, 'all') : undefined;
}

/** Verbs that report another's words through their object: "quoted X as saying", "cited X as saying". */
const QUOTING_VERBS = new Set(['quote', 'cite']);

/** "Politico quoted Tim Manning, formerly a deputy administrator at FEMA, as saying “…”": a reporting gerund
 * after "as" says what the object of "quoted/cited" said (its appositions skipped), not the subject. The
 * object's phrase, or undefined. */
export function quotedAsSpeaker(view: SentenceView, c: number): Chunk | undefined {
  const ch = view.chunks;
  if (!ch[c].gerund || view.toks[ch[c - 1]?.from ?? -1]?.normal !== 'as') return undefined;
  let k = c - 2;
  while (k > 0 && ch[k].kind !== 'VG') k--;
  const object = ch[k + 1];
  if (ch[k]?.kind !== 'VG' || !QUOTING_VERBS.has(ch[k].lemma) || object?.kind !== 'NP' || !object.head)
    return undefined;
  // Only the object and what describes it between: no other verb.
  return ch.slice(k + 1, c - 1).every((x) => x.kind !== 'VG' && x.kind !== 'CONJ') ? object : undefined;
}
