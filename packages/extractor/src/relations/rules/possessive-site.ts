// A body's site somewhere places the body there: "Acme's store in Springfield", "Beta Foods' factory at
// Leeds" → the organisation LOCATED_IN the place. Only an Organization owns the site (a country's "embassy in
// Paris" is not the country in Paris) and only a word for a building or works stands between; the place
// ends its phrase ("Acme's office in the Springfield mall" is left alone), and "a" before the owner makes the
// site one of a brand's many ("a McDonald's restaurant in Altoona" places no McDonald's there).
import type { RelationRule, TripleDraft } from '../rule.js';

/** Places a body has (a building, works or branch): where the site is, the body is. */
const SITE_NOUNS = new Set(
  'store stores shop shops factory factories plant plants office offices headquarters branch branches warehouse warehouses restaurant restaurants outlet outlets hotel hotels mine mines refinery refineries campus facility facilities mill mills depot depots laboratory laboratories lab labs studio studios'.split(
    ' ',
  ),
);
const INDEFINITE = new Set(['a', 'an', 'one', 'another']);
const hasBreak = (post: string) => /[,;:—–“”"()]/.test(post);

export const possessiveSite: RelationRule = {
  name: 'possessive-site',
  description:
    'an organisation\'s site "in/at" a named place ("Acme\'s store in Springfield"): the organisation is there',
  example: "Acme Corp's store in Springfield closed early on Monday.",
  apply(view) {
    const out: TripleDraft[] = [];
    const { toks, entityAt } = view;
    toks.forEach((t, k) => {
      // (the site noun may be a concept of its own: "stores")
      const own = entityAt[k];
      if (!SITE_NOUNS.has(t.normal) || (own && view.types.get(own) !== 'Concept') || hasBreak(t.post)) return;
      const prep = toks[k + 1]?.normal;
      if (prep !== 'in' && prep !== 'at') return;
      // The owner's possessive right before the site noun (one lower-case word may stand between: "main store").
      let p = k - 1;
      if (p > 0 && !entityAt[p] && /^[a-z]/.test(toks[p].text) && !SITE_NOUNS.has(toks[p].normal)) p--;
      const owner = entityAt[p];
      const possessive = /['’]s?$/.test(toks[p]?.text ?? '') || /^['’]/.test(toks[p]?.post ?? '');
      if (!owner || !possessive || view.types.get(owner) !== 'Organization') return;
      const place = entityAt[k + 2];
      if (!place || view.types.get(place) !== 'Place') return;
      let end = k + 2;
      while (entityAt[end + 1] === place) end++;
      // The place ends its phrase: a possessive or a noun after it owns the site's place ("the Leeds mall").
      const next = toks[end + 1];
      if (/['’]/.test(toks[end].text) || /^['’]/.test(toks[end].post)) return;
      if (next && !hasBreak(toks[end].post) && next.tags.has('Noun') && !next.tags.has('Pronoun')) return;
      let from = p;
      while (entityAt[from - 1] === owner) from--;
      // "a McDonald's restaurant in Altoona": the article is the site's, one of the brand's many; the brand is
      // not there.
      if (INDEFINITE.has(toks[from - 1]?.normal ?? '')) return;
      out.push({
        subject: owner,
        object: place,
        predicate: { type: 'LOCATED_IN', lemma: t.normal, text: view.slice(from, end) },
        confidence: 0.65,
        from,
        to: end,
      });
    });
    return out;
  },
};
