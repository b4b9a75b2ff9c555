// Titles before a name: "German Chancellor Angela Merkel" → Merkel LEADS Germany (only heads-of titles
// lead: "Royal Navy Captain Ines Barta" → Barta WORKS_FOR Royal Navy); "US Secretary of State
// Mike Pompeo" → Pompeo WORKS_FOR United States; "US Ambassador to Germany Richard Grenell" → Grenell
// WORKS_FOR United States (the country after "to" is the posting, not the employer); "Microsoft co-founder
// Bill Gates" → Gates FOUNDED Microsoft. The body is an entity or a demonym of a country the article names.
import { demonymBody } from '../demonym-body.js';
import { nounPredicate } from '../predicate.js';
import { findRole, titleRole } from '../role-noun.js';
import type { RelationRule, TripleDraft } from '../rule.js';

const MAX_TITLE_TOKENS = 6;
const BODY_TYPES = new Set(['Organization', 'Place']);
const hasBreak = (post: string) => /[,;:—–“”"()]/.test(post);

export const titleCompound: RelationRule = {
  name: 'title-compound',
  description: 'a title before a person\'s name ("<body> <role> <Person>"), the body an entity or a demonym',
  example: 'German Chancellor Angela Merkel praised Germany and Spain.',
  apply(view) {
    const out: TripleDraft[] = [];
    const { toks, entityAt } = view;
    toks.forEach((_, p) => {
      const person = entityAt[p];
      if (!person || view.types.get(person) !== 'Person' || entityAt[p - 1] === person) return;
      let end = p;
      while (entityAt[end + 1] === person) end++;
      // Walk left over the title words, to the body (an entity or a demonym) or the title's start.
      let body: string | undefined;
      let from = p;
      for (let k = p - 1; k >= 0 && p - k <= MAX_TITLE_TOKENS && !hasBreak(toks[k].post); k--) {
        const e = entityAt[k];
        if (e) {
          if (toks[k - 1]?.normal === 'to') {
            while (entityAt[k - 1] === e) k--;
            k--; // "Ambassador to Germany": the posting, not the employer
            continue;
          }
          if (BODY_TYPES.has(view.types.get(e) ?? '') && e !== person) body = e;
          if (body) from = k;
          break;
        }
        const t = toks[k];
        const demonym = demonymBody(view, t.normal);
        if (demonym) {
          body = demonym;
          from = k;
          break;
        }
        if (t.tags.has('Verb') && !t.tags.has('Noun')) break;
        if (!(t.tags.has('Noun') || t.tags.has('Adjective') || ['of', 'to'].includes(t.normal))) break;
        from = k;
      }
      if (!body) return;
      let roleFrom = from;
      while (entityAt[roleFrom] === body) roleFrom++;
      const found = findRole(view, roleFrom, p - 1);
      if (!found) return;
      const role = titleRole(found);
      out.push({
        subject: person,
        object: body,
        predicate: { ...nounPredicate(role.noun, view.slice(from, end)), type: role.type },
        confidence: 0.85,
        from,
        to: end,
      });
    });
    return out;
  },
};
