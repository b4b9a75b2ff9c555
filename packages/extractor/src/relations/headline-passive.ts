// Headline passives: "Ann Cole elected mayor of Oslo", "Boris Johnson elected Conservative leader". A headline
// drops "was"; a lone past form of a verb of choosing, right after the person's name that opens the sentence and
// before a post with no article, is the passive (the active would need its object first: "voters elected Ann
// Cole mayor"). as-role reads the post; subject-verb-object reads no active clause there.
import type { SentenceView } from './sentence-view.js';

/** Verbs of choosing someone for a post (as-role adds "make", "crown", whose bare passive is no headline's). */
export const CHOOSING_VERBS: ReadonlySet<string> = new Set(
  'appoint reappoint elect re-elect reelect name nominate confirm install choose select'.split(' '),
);

/** Whether the verb group at chunk `c` is a headline's passive of choosing. */
export function headlinePassive(view: SentenceView, c: number): boolean {
  const vg = view.chunks[c];
  const post = view.chunks[c + 1];
  const subject = view.chunks[c - 1];
  if (vg?.kind !== 'VG' || vg.passive || vg.from !== vg.to || !CHOOSING_VERBS.has(vg.lemma)) return false;
  if (!view.toks[vg.from].tags.has('PastTense') || post?.kind !== 'NP') return false;
  if (subject?.kind !== 'NP' || c - 1 !== 0 || subject.breakAfter || !subject.head) return false;
  if (view.types.get(subject.head) !== 'Person' || view.entityAt[subject.to] !== subject.head) return false;
  // ("Ann Cole named Tom Hale" may be active: a person after the verb is its object.)
  const person = !!post.head && view.types.get(post.head) === 'Person';
  return !view.toks[post.from].tags.has('Determiner') && view.kindAt[post.from] !== 'pronoun' && !person;
}
