// Roles stated with "to be": "Tim Cook is the chief executive of Apple" / "Xi is China's president" / "Ann
// Cole is a professor at Dorn University" → person ROLE body (also for "who is …" relatives, through the
// subject finder). The body is found as for an apposition (role-noun.ts roleBody); each role joined by "and"
// is read too ("is the president of Norland and the founder of Acme Corp").
import type { Chunk } from '../chunks.js';
import { npEntity } from '../np-entity.js';
import { objectsOf } from '../objects-of.js';
import { subjectOf } from '../subject-of.js';
import { nounPredicate } from '../predicate.js';
import { chunkRole, roleBody, roleHeldIn, roleInBody } from '../role-noun.js';
import type { RelationRule, TripleDraft } from '../rule.js';

export const copulaRole: RelationRule = {
  name: 'copula-role',
  description: 'subject "is" a role phrase whose body is a possessor, an "of" object or an employer',
  example: 'Tim Cook is the chief executive of Apple.',
  apply(view) {
    const out: TripleDraft[] = [];
    view.chunks.forEach((vg, c) => {
      if (vg.kind !== 'VG' || vg.lemma !== 'be' || vg.passive) return;
      const subj = subjectOf(view, c);
      const S = npEntity(subj?.np);
      if (!subj || !S) return;
      const ch = view.chunks;
      // "is the president of Norland and the founder of Acme Corp": each role joined by "and" after the first.
      let np: Chunk | undefined = objectsOf(view, c).direct[0];
      for (let first = true; np; first = false) {
        const role = chunkRole(view, np);
        if (!role) return;
        const { body, end } = roleBody(view, ch, ch.indexOf(np));
        if (!body) return;
        const to = ch[end].to;
        // The verb and the role up to the body's own phrase: "is a member of", not the body's long name, which
        // would run past the edge gate's predicate length ("is a member of the Norland Labour Party").
        const bodyAfter = end > ch.indexOf(np);
        const textEnd = bodyAfter ? ch[end].from - 1 : to;
        const text = first
          ? view.slice(vg.from, textEnd)
          : `${view.slice(vg.from, vg.to)} … ${view.slice(np.from, textEnd)}`;
        // The role's own type, as in an apposition: "the assistant coach of", "the marketing director of" and
        // "a director of" serve the body; the noun alone would say they lead it.
        const held = roleInBody(role, view.types.get(body));
        if (roleHeldIn(view, role, S, body))
          out.push({
            subject: S,
            object: body,
            predicate: { ...nounPredicate(held.noun, text), type: held.type },
            confidence: subj.how === 'direct' ? 0.8 : 0.7,
            from: subj.np.from,
            to,
            verb: vg,
          });
        const [and, next] = [ch[end + 1], ch[end + 2]];
        const joined = and?.kind === 'CONJ' && view.toks[and.from].normal === 'and' && !and.breakAfter;
        np = joined && next?.kind === 'NP' && !next.head ? next : undefined;
      }
    });
    return out;
  },
};
