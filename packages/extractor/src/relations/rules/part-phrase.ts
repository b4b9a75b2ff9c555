// A body set beside a phrase that makes it part of another: "Acme Corp, a subsidiary of Beta Ltd," / "Acme Corp
// is a unit of Beta Ltd" / "Beta Ltd's subsidiary Acme Corp" / "Norway, a founding member of NATO," → the part
// PART_OF the whole. People are a body's members and staff (apposition's WORKS_FOR); here the part is an
// organisation (a place only as a member: a country in an alliance) and the whole an organisation.
import type { Chunk } from '../chunks.js';
import { subjectCues, subjectOf } from '../subject-of.js';
import { scoreDraft, type RelationRule, type TripleDraft } from '../rule.js';
import type { SentenceView } from '../sentence-view.js';

const PART_NOUNS = new Set(
  'subsidiary subsidiaries unit units division arm affiliate branch member members part wing'.split(' '),
);

/** The entity a chunk ends on, when the chunk is that entity's own phrase. */
const own = (view: SentenceView, np: Chunk | undefined): string | undefined =>
  np?.kind === 'NP' && np.head && view.entityAt[np.to] === np.head ? np.head : undefined;

/** Whether `part` may be part of `whole` by this noun. */
function fits(view: SentenceView, part: string, whole: string, noun: string): boolean {
  const type = view.types.get(part);
  return (
    part !== whole &&
    view.types.get(whole) === 'Organization' &&
    (type === 'Organization' || (type === 'Place' && /^members?$/.test(noun)))
  );
}

/** "a subsidiary of Beta Ltd" at chunks [i, i + 2]: the part noun and the whole, or undefined. */
function partOf(view: SentenceView, i: number): { noun: string; whole: string; end: Chunk } | undefined {
  const [role, of, body] = [view.chunks[i], view.chunks[i + 1], view.chunks[i + 2]];
  if (role?.kind !== 'NP' || role.entities.length || role.breakAfter || !PART_NOUNS.has(role.headWord))
    return undefined;
  if (of?.kind !== 'PREP' || view.toks[of.from].normal !== 'of' || of.breakAfter) return undefined;
  const whole = own(view, body);
  return whole ? { noun: role.headWord, whole, end: body } : undefined;
}

export const partPhrase: RelationRule = {
  name: 'part-phrase',
  descriptive: true,
  description: 'a body set beside "a subsidiary / unit / member of" another (apposition, "is", a possessive title)',
  example: 'Acme Corp, a subsidiary of Beta Ltd, will close its plant.',
  apply(view) {
    const out: TripleDraft[] = [];
    const ch = view.chunks;
    const add = (part: string, whole: string, noun: string, from: number, to: number, confidence: number) => {
      if (!fits(view, part, whole, noun)) return;
      const predicate = { type: 'PART_OF', lemma: noun, text: view.slice(from, to) };
      out.push({ subject: part, object: whole, predicate, confidence, from, to });
    };
    ch.forEach((np, i) => {
      // "Acme Corp, a subsidiary of Beta Ltd,"
      const part = own(view, np);
      const apposed = part && np.breakAfter && /,/.test(view.toks[np.to].post) ? partOf(view, i + 1) : undefined;
      if (part && apposed) add(part, apposed.whole, apposed.noun, np.from, apposed.end.to, 0.8);
      // "Acme Corp is a subsidiary of Beta Ltd"
      if (np.kind === 'VG' && np.lemma === 'be' && !np.negated && !np.breakAfter) {
        const stated = partOf(view, i + 1);
        const subj = subjectOf(view, i);
        const S = own(view, subj?.np);
        if (stated && subj && S)
          add(S, stated.whole, stated.noun, subj.np.from, stated.end.to, scoreDraft(0.75, subjectCues(view, subj)));
      }
      // "Beta Ltd's subsidiary Acme Corp": the part noun between the whole's possessive and the part's name.
      if (part && np.possessor && np.possessor !== part) {
        let k = np.to;
        while (view.entityAt[k - 1] === part) k--;
        const noun = view.toks[k - 1]?.normal ?? '';
        if (PART_NOUNS.has(noun) && view.entityAt[k - 2] === np.possessor)
          add(part, np.possessor, noun, np.from, np.to, 0.8);
      }
    });
    return out;
  },
};
