// A place named by its kind inside a larger one: "the US state of Wisconsin", "the United States
// commonwealth of Puerto Rico", "the Canadian province of Alberta" → PART_OF the larger place; "the Chinese
// city of Wuhan" → LOCATED_IN it. The larger place is a country, named or by its demonym (one the article
// names), right before the kind word. A place set beside its kind "of" a larger place, or called it, lies in it
// too: "Juba, the capital city of South Sudan", "Oslo is the capital of Norway".
import { isCountry } from '../country-place.js';
import { demonymBody } from '../demonym-body.js';
import { LOCATED_KINDS, PART_KINDS } from '../../entities/lexicon/place-kinds.js';
import type { RelationRule, TripleDraft } from '../rule.js';
import type { SentenceView } from '../sentence-view.js';

const hasBreak = (post: string) => /[,;:—–“”"()]/.test(post);

/** Words before the demonym that keep the kind a plain description ("the most populous", "a small"). */
const DEGREE =
  /^(?:most|largest|smallest|biggest|second|third|least|populous|populated|small|large|big|southern|northern|eastern|western|only)$/;
const COPULA = new Set(['is', 'was']);

/** "Tasmania is the smallest Australian state": the subject place, "is/was", an article, at most three degree
 * words, the country's demonym and the kind word ending the clause; "a former Soviet state" is none. */
function copulaKind(view: SentenceView, k: number, part: boolean): TripleDraft | undefined {
  const { toks, entityAt } = view;
  const next = toks[k + 1];
  if (next && !hasBreak(toks[k].post) && !/^\s*\.\s*$/.test(toks[k].post) && !['by', 'in'].includes(next.normal))
    return undefined;
  const outer = demonymBody(view, k - 1);
  if (!outer || !isCountry(outer)) return undefined;
  let d = k - 2;
  while (d > k - 5 && DEGREE.test(toks[d]?.normal ?? '')) d--;
  if (!['a', 'an', 'the'].includes(toks[d]?.normal ?? '') || !COPULA.has(toks[d - 1]?.normal ?? '')) return undefined;
  const place = entityAt[d - 2];
  if (!place || place === outer || view.types.get(place) !== 'Place' || hasBreak(toks[d - 2].post)) return undefined;
  let from = d - 2;
  while (entityAt[from - 1] === place) from--;
  // The place opens the clause ("In 2019, Tasmania is …" after a comma; not "the capital of Tasmania is …").
  if (from > 0 && !hasBreak(toks[from - 1].post)) return undefined;
  return {
    subject: place,
    object: outer,
    predicate: { type: part ? 'PART_OF' : 'LOCATED_IN', lemma: toks[k].normal, text: view.slice(d - 1, k) },
    confidence: 0.7,
    from,
    to: k,
  };
}

/** "Juba, the capital city of South Sudan", "Oslo is the capital of Norway", "Kesh, a province of Norland": a
 * place set beside or called its kind "of" a larger place. */
function describedKind(view: SentenceView, k: number, part: boolean): TripleDraft | undefined {
  const { toks, entityAt } = view;
  // "the city of Cahors, the State of France, and …": a capitalised kind names a body, in a list.
  if (!/^\p{Ll}/u.test(toks[k].text)) return undefined;
  const of = toks[k + 1]?.normal === 'city' && !part ? k + 2 : k + 1;
  const outer = toks[of]?.normal === 'of' ? entityAt[of + 1] : undefined;
  if (!outer || view.types.get(outer) !== 'Place' || hasBreak(toks[of - 1].post) || hasBreak(toks[of].post))
    return undefined;
  let d = k - 1;
  while (d > k - 4 && DEGREE.test(toks[d]?.normal ?? '')) d--;
  if (!['a', 'an', 'the'].includes(toks[d]?.normal ?? '')) return undefined;
  // Set beside the place after a comma, or said of it by "is/was".
  const copula = COPULA.has(toks[d - 1]?.normal ?? '');
  const at = copula ? d - 2 : d - 1;
  const place = entityAt[at];
  if (!place || place === outer || view.types.get(place) !== 'Place') return undefined;
  if (copula ? hasBreak(toks[at].post) || hasBreak(toks[d - 1].post) : !/^,\s*$/.test(toks[at].post)) return undefined;
  let from = at;
  while (entityAt[from - 1] === place) from--;
  let to = of + 1;
  while (entityAt[to + 1] === outer) to++;
  return {
    subject: place,
    object: outer,
    predicate: { type: part ? 'PART_OF' : 'LOCATED_IN', lemma: toks[k].normal, text: view.slice(from, to) },
    confidence: 0.75,
    from,
    to,
  };
}

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
      const stated = copulaKind(view, k, part) ?? describedKind(view, k, part);
      if (stated) {
        out.push(stated);
        return;
      }
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
