// An unnamed speaker works for the body that names it: "a Woolworths spokesperson" → Woolworths spokesperson
// WORKS_FOR Woolworths, "a German government source" → German government source WORKS_FOR Germany (the
// person from entities/grouping/body-roles.ts). The body is an entity of the article or a country it names.
import { entityId } from '../../entity-id.js';
import { roleWordsAfter } from '../../entities/grouping/body-roles.js';
import { ownerPhrases } from '../owner-phrases.js';
import type { RelationRule } from '../rule.js';
import type { SentenceView } from '../sentence-view.js';
import { countryAt } from './country-group.js';

/** The body named by tokens [from, to]: a country (also by its demonym), else an entity of that name. */
function bodyAt(view: SentenceView, from: number, to: number): string | undefined {
  const name = view.slice(from, to).replace(/['’]s$/, '');
  return (
    countryAt(view, from, to) ??
    [entityId(name, 'Organization'), entityId(name, 'Place')].find((id) => view.types.has(id))
  );
}

export const bodyRole: RelationRule = {
  name: 'body-role',
  descriptive: true,
  description: 'an unnamed spokesperson, source or official of a body ("a Woolworths spokesperson") WORKS_FOR it',
  example: 'Woolworths grew, a Woolworths spokesperson said.',
  apply: (view) =>
    ownerPhrases(view, 'Person', roleWordsAfter, bodyAt).map(({ id, from, to, owner }) => ({
      subject: id,
      object: owner,
      predicate: { type: 'WORKS_FOR', lemma: view.toks[to].normal, text: view.slice(from, to) },
      confidence: 0.75,
      from,
      to,
    })),
};
