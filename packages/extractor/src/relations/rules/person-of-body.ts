// A person named with the body they speak or act for: "Bill Gerstenmaier of NASA said", "Morgan Tsvangirai
// of the MDC" → WORKS_FOR. Only an organisation: "John Smith of London" says where he lives, and "Prime
// Minister Igor Matovič of Slovakia" is the title-compound rule's. A head title before the name makes its
// holder the body's head: "Director Anthony Fauci of the NIAID" LEADS it ("Professor Ann Cole of Oslo
// University" still works for it, and "US President Donald Trump of the Republican Party" heads the US).
import type { RelationRule, TripleDraft } from '../rule.js';
import { findRole, titleRole } from '../role-noun.js';
import { possessiveAt } from '../sentence-view.js';

export const personOfBody: RelationRule = {
  name: 'person-of-body',
  descriptive: true,
  description: 'a person\'s name followed by "of <Organization>"',
  example: 'Bill Gerstenmaier of NASA spoke of the collaboration.',
  apply(view) {
    const out: TripleDraft[] = [];
    const ch = view.chunks;
    ch.forEach((np, i) => {
      const person = np.kind === 'NP' && !np.breakAfter ? np.head : undefined;
      // The phrase is the name itself (a title before it may stay): "the son of X" has no person head.
      if (!person || view.types.get(person) !== 'Person' || view.entityAt[np.to] !== person) return;
      const of = ch[i + 1];
      const org = ch[i + 2];
      if (of?.kind !== 'PREP' || view.toks[of.from].normal !== 'of' || of.breakAfter || org?.kind !== 'NP') return;
      // The body's name opens its phrase (after "the"): "of the MDC", not "of the MDC's rivals"; a named place
      // or body may own it ("of Norway's Bergen University", "of the UK's National Crime Agency").
      const body = org.head;
      let k = org.from;
      if (view.toks[k].normal === 'the') k++;
      if (org.possessor && ['Place', 'Organization'].includes(view.types.get(org.possessor) ?? '')) {
        while (view.entityAt[k] === org.possessor) k++;
        if (!possessiveAt(view.toks, k - 1)) return;
      } else if (org.possessor) return;
      if (!body || view.types.get(body) !== 'Organization' || view.entityAt[k] !== body) return;
      if (view.entityAt[org.to] !== body) return;
      // (Not when the title has a body of its own: "US President Donald Trump of the Republican Party".)
      const bare = np.entities.every((e) => e === person);
      const role = bare ? findRole(view, np.from, np.to) : undefined;
      out.push({
        subject: person,
        object: body,
        predicate: {
          type: role && titleRole(role).type === 'LEADS' ? 'LEADS' : 'WORKS_FOR',
          lemma: 'of',
          text: view.slice(np.from, org.to),
        },
        confidence: 0.7,
        from: np.from,
        to: org.to,
      });
    });
    return out;
  },
};
