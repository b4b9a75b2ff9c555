// Kin words written as a title before a name: "his wife Ann Cole", "Tom Hale's son Ben Hale", "her late
// husband Tom Hale" → the named person RELATIVE_OF the possessor. (Set off by commas, "Tom Hale's wife, Ann
// Cole", the phrase is an apposition, read by the apposition rule.)
import type { RelationRule, TripleDraft } from '../rule.js';
import { hasBreak } from '../token-break.js';
import { nounType } from '../vocabulary.js';

/** Words that may stand between the possessive and the kin word ("his late wife", "her younger brother"). */
const KIN_MODIFIERS = new Set(
  'late younger older elder eldest youngest first second third former ex then estranged adopted only twin'.split(' '),
);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their']);

export const kinTitle: RelationRule = {
  name: 'kin-title',
  descriptive: true,
  description: 'a kin word between a person\'s possessive and another person\'s name ("his wife Ann Cole")',
  example: 'Tom Hale and his wife Ann Cole live in Dorn.',
  apply(view) {
    const out: TripleDraft[] = [];
    const { toks, entityAt } = view;
    toks.forEach((_, p) => {
      const person = entityAt[p];
      if (!person || entityAt[p - 1] === person || view.kindAt[p] !== 'name') return;
      if (view.types.get(person) !== 'Person') return;
      const kin = toks[p - 1];
      if (!kin || entityAt[p - 1] || hasBreak(kin) || nounType(kin.normal) !== 'RELATIVE_OF') return;
      let k = p - 2;
      while (k >= 0 && p - k <= 4 && !entityAt[k] && KIN_MODIFIERS.has(toks[k].normal) && !hasBreak(toks[k])) k--;
      const owner = entityAt[k];
      if (!owner || owner === person || view.types.get(owner) !== 'Person' || hasBreak(toks[k])) return;
      // The owner's possessive: "his", "her", or a name ending in "'s".
      const possessive =
        view.kindAt[k] === 'pronoun' ? POSSESSIVE_PRONOUNS.has(toks[k].normal) : /['’]s?$/.test(toks[k].text);
      if (!possessive) return;
      let end = p;
      while (entityAt[end + 1] === person) end++;
      let from = k;
      while (entityAt[from - 1] === owner && view.kindAt[from - 1] === 'name') from--;
      out.push({
        subject: person,
        object: owner,
        predicate: { type: 'RELATIVE_OF', lemma: kin.normal, text: view.slice(from, end) },
        confidence: 0.8,
        from,
        to: end,
      });
    });
    return out;
  },
};
