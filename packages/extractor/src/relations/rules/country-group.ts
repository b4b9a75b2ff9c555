// A country's people or forces belong to it: "U.S. troops" → U.S. troops PART_OF United States, "Japanese
// officials" → Japanese officials PART_OF Japan (the body from entities/grouping/country-groups.ts), when
// the article names the country.
import { entityId } from '../../entity-id.js';
import { COUNTRY_ABBREVIATIONS, COUNTRY_NAMES } from '../../entities/lexicon/countries.js';
import { groupWordsAfter } from '../../entities/grouping/country-groups.js';
import { demonymBody } from '../demonym-body.js';
import { ownerPhrases } from '../owner-phrases.js';
import type { RelationRule } from '../rule.js';
import type { SentenceView } from '../sentence-view.js';

/** The country named by tokens [from, to] ("U.S.", "United States", "Turkish"), if the article has its node. */
export function countryAt(view: SentenceView, from: number, to: number): string | undefined {
  if (from === to) {
    const byDemonym = demonymBody(view, to);
    if (byDemonym) return byDemonym;
  }
  const words = view.slice(from, to).replace(/\./g, '').toLowerCase();
  const name = COUNTRY_ABBREVIATIONS.get(words) ?? (COUNTRY_NAMES.has(words) ? words : undefined);
  const id = name && entityId(name, 'Place');
  return id && view.types.has(id) ? id : undefined;
}

export const countryGroup: RelationRule = {
  name: 'country-group',
  descriptive: true,
  description: 'a country\'s people or forces ("U.S. troops", "Japanese officials") are PART_OF the country',
  example: 'U.S. troops left Iraq, and Japanese officials thanked the United States and Japan.',
  apply: (view) =>
    ownerPhrases(view, 'Organization', groupWordsAfter, countryAt).map(({ id, from, to, owner }) => ({
      subject: id,
      object: owner,
      predicate: { type: 'PART_OF', lemma: view.toks[to].normal, text: view.slice(from, to) },
      confidence: 0.75,
      from,
      to,
    })),
};
