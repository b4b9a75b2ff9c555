// Ties written as a title before a name: "Acme Corp's rival Beta Ltd", "Norland's ally Dorn", "Tom Hale's
// lawyer Ann Cole", "Acme Corp's parent company Beta Ltd". The word between the possessive and the name says how
// the named one stands to the possessor (as kin-title reads "his wife Ann Cole"). Set off by commas the phrase is
// an apposition; a pronoun's possessor is too unsure to end an edge.
import type { RelationRule, TripleDraft } from '../rule.js';
import { hasBreak } from '../token-break.js';

/** Tie words and the edge they give from the named one to the possessor. */
const TIES: Record<string, string> = {
  rival: 'COMPETES_WITH',
  competitor: 'COMPETES_WITH',
  opponent: 'COMPETES_WITH',
  challenger: 'COMPETES_WITH',
  ally: 'PARTNERS_WITH',
  partner: 'PARTNERS_WITH',
  lawyer: 'WORKS_FOR',
  attorney: 'WORKS_FOR',
  parent: 'OWNS',
};
/** Nouns that may follow a tie word as the head ("parent company", "defence lawyer" comes before). */
const TIE_HEADS = new Set(['company', 'firm', 'group']);
/** Words that may stand between the possessive and the tie word ("longtime rival", "former business partner"). */
const MODIFIERS = new Set(
  'former longtime long-time old main chief key closest close fierce biggest largest new political business defence defense personal junior senior coalition regional'.split(
    ' ',
  ),
);
const KINDS = new Set(['Person', 'Organization', 'Place']);

export const tieTitle: RelationRule = {
  name: 'tie-title',
  descriptive: true,
  description: 'a tie word between a possessive name and another name ("Acme Corp\'s rival Beta Ltd")',
  example: "Acme Corp's longtime rival Beta Ltd cut its prices.",
  apply(view) {
    const out: TripleDraft[] = [];
    const { toks, entityAt } = view;
    toks.forEach((_, p) => {
      const named = entityAt[p];
      if (!named || entityAt[p - 1] === named || view.kindAt[p] !== 'name') return;
      let w = p - 1;
      if (TIE_HEADS.has(toks[w]?.normal ?? '') && toks[w - 1]?.normal === 'parent') w--;
      const word = toks[w]?.normal.replace(/s$/, '') ?? '';
      const type = TIES[word];
      if (!type || entityAt[w] || hasBreak(toks[w]) || (w < p - 1 && hasBreak(toks[w + 1]))) return;
      let k = w - 1;
      while (k >= 0 && w - k <= 3 && !entityAt[k] && MODIFIERS.has(toks[k].normal) && !hasBreak(toks[k])) k--;
      const owner = entityAt[k];
      if (!owner || owner === named || view.kindAt[k] !== 'name' || !/['’]s?$/.test(toks[k].text)) return;
      if (hasBreak(toks[k])) return;
      if (!KINDS.has(view.types.get(owner) ?? '') || !KINDS.has(view.types.get(named) ?? '')) return;
      let end = p;
      while (entityAt[end + 1] === named) end++;
      let from = k;
      while (entityAt[from - 1] === owner && view.kindAt[from - 1] === 'name') from--;
      out.push({
        subject: named,
        object: owner,
        predicate: { type, lemma: word, text: view.slice(from, end) },
        confidence: 0.75,
        from,
        to: end,
      });
    });
    return out;
  },
};
