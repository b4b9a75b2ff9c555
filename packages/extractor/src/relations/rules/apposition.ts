// Appositions naming a role: "China's leader, Xi Jinping," / "Xi Jinping, China's leader," / "the chief
// executive of Apple, Tim Cook" → person ROLE body; "Merkel's spokesperson, Steffen Seibert" → Seibert
// WORKS_FOR Merkel (a person can employ, not lead). Titles written before a name are title-compound's.
import type { Chunk } from '../chunks.js';
import { demonymBody } from '../demonym-body.js';
import { chunkRole, findRole, type Role } from '../role-noun.js';
import { nounPredicate } from '../predicate.js';
import { nounType } from '../vocabulary.js';
import type { RelationRule, TripleDraft } from '../rule.js';
import type { SentenceView } from '../sentence-view.js';

const isPerson = (view: SentenceView, id: string | undefined) => !!id && view.types.get(id) === 'Person';
const isBody = (view: SentenceView, id: string | undefined) =>
  !!id && ['Organization', 'Place', 'Person'].includes(view.types.get(id) ?? '');

/** The body a role phrase belongs to: its possessor, an entity before the role word, an "of" object, or
 * the country of a nationality word. */
function bodyOf(view: SentenceView, chunks: Chunk[], i: number): { body?: string; end: number } {
  const np = chunks[i];
  const of = chunks[i + 1];
  if (of?.kind === 'PREP' && view.toks[of.from].normal === 'of' && chunks[i + 2]?.kind === 'NP' && !np.breakAfter) {
    const b = chunks[i + 2].head;
    if (isBody(view, b)) return { body: b, end: i + 2 };
  }
  if (isBody(view, np.possessor)) return { body: np.possessor, end: i };
  const first = np.entities.find((e) => e !== np.head && isBody(view, e));
  if (first) return { body: first, end: i };
  // "the Italian foreign minister, Luigi Di Maio": a nationality names the body (a country the article names).
  for (let k = np.from; k <= np.to; k++) {
    const country = view.entityAt[k] ? undefined : demonymBody(view, k);
    if (country) return { body: country, end: i };
  }
  return { end: i };
}

/** The role a phrase names; after a possessor, only the words it possesses ("German Chancellor Angela
 * Merkel's spokesperson" is a spokesperson, not a chancellor). */
function roleOf(view: SentenceView, np: Chunk): Role | undefined {
  if (!np.possessor) return chunkRole(view, np);
  let k = np.to;
  while (k > np.from && view.entityAt[k - 1] !== np.possessor) k--;
  return k > np.from ? findRole(view, k, np.to) : chunkRole(view, np);
}

export const apposition: RelationRule = {
  name: 'apposition',
  descriptive: true,
  description: 'a person set beside a role phrase with commas holds that role in the body named with it',
  example: "China's leader, Xi Jinping, made several admissions.",
  apply(view) {
    const out: TripleDraft[] = [];
    const ch = view.chunks;
    const add = (person: string, body: string, role: { type: string; noun: string }, from: number, to: number) => {
      // Only WORKS_FOR can have a person as its body ("Merkel's spokesperson").
      if (person === body || (isPerson(view, body) && role.type !== 'WORKS_FOR')) return;
      out.push({
        subject: person,
        object: body,
        predicate: nounPredicate(role.noun, view.slice(from, to)),
        confidence: 0.85,
        from,
        to,
      });
    };
    // A role phrase that names anything besides its body names its own holder ("Ohio governor Liz Park"):
    // in "Bo Reyes, Ohio governor Liz Park, and …" it is the next item of a list, not an apposition.
    const roleWord = (k: number) => !!nounType(view.toks[k].normal) || view.toks[k].tags.has('Actor');
    const onlyBody = (role: Chunk, body: string) =>
      role.entities.every(
        (e) =>
          e === body ||
          view.types.get(e) === 'Concept' ||
          view.entityAt.some((id, k) => id === e && k >= role.from && k <= role.to && roleWord(k)),
      );
    ch.forEach((np, i) => {
      if (np.kind !== 'NP' || !np.breakAfter) return;
      // Role phrase, then the person: "China's leader, Xi Jinping,". A role phrase naming its own holder
      // ("California governor Gavin Newsom, Trump …") is no apposition.
      const role = roleOf(view, np);
      const { body, end } = bodyOf(view, ch, i);
      const next = ch[end + 1];
      if (role && body && onlyBody(np, body) && next?.kind === 'NP' && ch[end].breakAfter && isPerson(view, next.head))
        add(next.head!, body, role, np.from, next.to);
      // Person, then the role phrase: "Xi Jinping, China's leader,".
      const after = ch[i + 1];
      if (isPerson(view, np.head) && after?.kind === 'NP') {
        const r = roleOf(view, after);
        const b = bodyOf(view, ch, i + 1);
        if (r && b.body && onlyBody(after, b.body)) add(np.head!, b.body, r, np.from, ch[b.end].to);
      }
    });
    return out;
  },
};
