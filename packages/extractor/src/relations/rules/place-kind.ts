// A place named by its kind inside a larger one: "the US state of Wisconsin", "the United States
// commonwealth of Puerto Rico", "the Canadian province of Alberta" → PART_OF the larger place; "the Chinese
// city of Wuhan" → LOCATED_IN it. The larger place is a country, named or by its demonym (one the article
// names), right before the kind word.
import { isCountry } from '../country-place.js';
import { demonymBody } from '../demonym-body.js';
import type { RelationRule, TripleDraft } from '../rule.js';

/** Kinds that divide a place (PART_OF) and kinds that only lie in one (LOCATED_IN). */
const PART_KINDS = new Set(['state', 'province', 'territory', 'commonwealth', 'region', 'county', 'prefecture']);
const LOCATED_KINDS = new Set(['city', 'town', 'village', 'capital', 'port', 'island']);
const hasBreak = (post: string) => /[,;:—–“”"()]/.test(post);

export const placeKind: RelationRule = {
  name: 'place-kind',
  description:
    'a place named by its kind after a larger place or demonym ("the US state of Wisconsin", "the Chinese city of Wuhan")',
  example: 'Voters in the US state of Ohio and the Chinese city of Wuhan waited, the United States and China said.',
  descriptive: true,
  apply(view) {
    const out: TripleDraft[] = [];
    const { toks, entityAt } = view;
    toks.forEach((t, k) => {
      const part = PART_KINDS.has(t.normal);
      if (!part && !LOCATED_KINDS.has(t.normal)) return;
      const start = toks[k + 1]?.normal === 'of' ? k + 2 : -1;
      const place = start > 0 ? entityAt[start] : undefined;
      if (!place || view.types.get(place) !== 'Place' || hasBreak(t.post) || hasBreak(toks[k - 1]?.post ?? ',')) return;
      const before = entityAt[k - 1];
      // The larger place is a country ("the Ural region of Russia" names the region first).
      const outer = before && view.types.get(before) === 'Place' ? before : demonymBody(view, k - 1);
      if (!outer || outer === place || !isCountry(outer)) return;
      let from = k - 1;
      while (entityAt[from - 1] === outer) from--;
      let to = start;
      while (entityAt[to + 1] === place) to++;
      out.push({
        subject: place,
        object: outer,
        predicate: { type: part ? 'PART_OF' : 'LOCATED_IN', lemma: t.normal, text: view.slice(from, to) },
        confidence: 0.75,
        from,
        to,
      });
    });
    return out;
  },
};
