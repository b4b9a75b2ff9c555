// A nationality before a description and a name places the named body in that country: "Iranian airline
// Mahan Air" → Mahan Air LOCATED_IN Iran; "Australian store chains Woolworths and Coles" → each; "German
// firms including Siemens and Daimler" → each. Only bodies, places and events (a person's nationality is
// no location), and only when the article names the country. "state-owned Iranian news agency Fars": Iran
// also OWNS Fars.
import { demonymBody } from '../demonym-body.js';
import { LOCATED_KINDS, PART_KINDS } from '../../entities/lexicon/place-kinds.js';
import type { RelationRule, TripleDraft } from '../rule.js';
import type { Token } from '../../tokens.js';
import { lemmaOf, type SentenceView } from '../sentence-view.js';
import { verbType } from '../vocabulary.js';

const LOCATED = new Set(['Organization', 'Place', 'Event']);

// A lower-case word is a common noun whatever the parser guessed ("news agency" tagged as a name).
const commonNoun = (w: Token) => w.tags.has('Noun') && (!w.tags.has('ProperNoun') || /^\p{Ll}/u.test(w.text));
/** "state-owned Iranian news agency Fars": the country owns what it describes (one token or two). */
const STATE_OWNED = /^state-?(?:owned|run|controlled)$/;
const stateOwned = (toks: Token[], d: number) =>
  STATE_OWNED.test(toks[d - 1]?.normal ?? '') ||
  (/^(?:owned|run|controlled)$/.test(toks[d - 1]?.normal ?? '') &&
    toks[d - 2]?.normal === 'state' &&
    /^-?$/.test(toks[d - 2].post));
/** A plural the parser took for a verb ("store chains", "firms"): not a verb of the vocabulary ("bans"), and
 * only when the clause has its own verb later ("… Woolworths and Coles limited sales"); else it is the
 * headline's verb ("Kenyan runner wins Boston Marathon"). */
const verbLikePlural = (w: Token) => w.tags.has('PresentTense') && /s$/.test(w.normal) && !verbType(lemmaOf(w));
const MAX_DESCRIPTION = 4;
/** Prepositions of place the parse or the lexicon may call adjectives ("over", "near", "above"). */
const PLACE_PREPOSITIONS = new Set(
  'over under near above below inside outside beyond behind beneath across against into onto'.split(' '),
);
const hasBreak = (post: string) => /[,;:—–“”"()]/.test(post);

/** The named things from token k on: "A", "A and B", "A, B, and C" (same type as the first). */
function nameList(view: SentenceView, k: number): Array<{ id: string; to: number }> {
  const out: Array<{ id: string; to: number }> = [];
  const { toks, entityAt } = view;
  while (k < toks.length) {
    const id = entityAt[k];
    if (
      !id ||
      !LOCATED.has(view.types.get(id) ?? '') ||
      (out.length && view.types.get(id) !== view.types.get(out[0].id))
    )
      break;
    let to = k;
    while (entityAt[to + 1] === id) to++;
    out.push({ id, to });
    k = to + 1;
    const sep = toks[to].post;
    if (toks[k]?.normal === 'and' && !/,/.test(sep)) k++;
    else if (/^,\s*$/.test(sep) && toks[k]?.normal === 'and') k++;
    else if (!/^,\s*$/.test(sep)) break;
  }
  return out;
}

export const demonymModifier: RelationRule = {
  name: 'demonym-modifier',
  descriptive: true,
  description:
    'a nationality, a description and a name ("<Demonym> <noun…> <Name>"): the named body is in that country',
  example:
    'Iranian airline Mahan Air flew to Berlin, and German firms including Siemens and Bosch left Iran for Germany.',
  apply(view) {
    const out: TripleDraft[] = [];
    const { toks, entityAt } = view;
    // Concept words ("airline") may be part of the description; a name ends it.
    const named = (k: number) => !!entityAt[k] && view.types.get(entityAt[k]!) !== 'Concept';
    toks.forEach((t, d) => {
      const country = demonymBody(view, d);
      // A demonym inside a name ("Iraqi Security Forces") is the name's business.
      if (!country || (named(d) && entityAt[d] !== country) || hasBreak(t.post)) return;
      let k = d + 1;
      let nouns = 0;
      let verbLike = false;
      while (k < toks.length && k - d <= MAX_DESCRIPTION && !named(k) && !hasBreak(toks[k - 1].post)) {
        const w = toks[k];
        // ("the French territory of Martinique": the parse may tag "of" a noun of the place phrase; a kind right
        // after the nationality, "of" a place, is place-kind's, PART_OF or LOCATED_IN by the kind.)
        const kind = toks[d + 1].normal;
        if (w.normal === 'of' && k === d + 2 && (PART_KINDS.has(kind) || LOCATED_KINDS.has(kind))) return;
        // A person noun describes a person ("Kenyan runner wins …"): nationality is no location.
        if (w.tags.has('Actor')) return;
        // ("Russian drones over Kyiv": the parse may tag a preposition an adjective; it ends the description.)
        if (PLACE_PREPOSITIONS.has(w.normal)) break;
        if (commonNoun(w)) nouns++;
        else if (verbLikePlural(w)) {
          nouns++;
          verbLike = true;
        } else if (!w.tags.has('Adjective') && !/-/.test(w.normal)) break;
        k++;
      }
      if (toks[k]?.normal === 'including' && nouns && !hasBreak(toks[k - 1].post)) k++;
      if (!nouns || hasBreak(toks[k - 1]?.post ?? ',')) return;
      const names = nameList(view, k);
      const last = names[names.length - 1]?.to ?? k;
      if (verbLike && !toks.some((w, j) => j > last && !entityAt[j] && w.tags.has('Verb'))) return;
      // ("Dutch court orders Shell rival to cut emissions": a verb taking its object and an infinitive.)
      if (verbLike && [1, 2].some((n) => toks[last + n]?.normal === 'to' && toks[last + n + 1]?.tags.has('Verb')))
        return;
      for (const { id, to } of names) {
        if (id === country) continue;
        out.push({
          subject: id,
          object: country,
          predicate: { type: 'LOCATED_IN', lemma: t.normal, text: view.slice(d, to) },
          confidence: 0.7,
          from: d,
          to,
        });
        if (stateOwned(toks, d) && view.types.get(id) === 'Organization')
          out.push({
            subject: country,
            object: id,
            predicate: {
              type: 'OWNS',
              lemma: 'own',
              text: view.slice(toks[d - 2]?.normal === 'state' ? d - 2 : d - 1, to),
            },
            confidence: 0.7,
            from: d - 1,
            to,
          });
      }
    });
    return out;
  },
};
