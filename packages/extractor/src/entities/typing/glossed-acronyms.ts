// Acronyms the article spells out as a kind of place: "exclusive economic zone (EEZ)", "Special Administrative
// Region (SAR)", "Greater Toronto Area (GTA)". The capitals give the parse no clue and a name ending in them
// ("the Turkish EEZ", "Hong Kong SAR") was guessed an organisation; the words they stand for end in a place
// word, so the name is a place. An acronym spelt out in lower case stands for a common noun ("liquid-entrenched
// smooth surface (LESS)", "personal protective equipment (PPE)"): a Concept, not the body the default guess
// made it. Only weak guesses yield, and only to a gloss written in this article.
import type { EntityStep } from '../entity-step.js';
import { isAcronym } from '../names/name-key.js';
import { PLACE_HEADS } from '../lexicon/org-words.js';

/** Place words a gloss may end in: the name heads, and words for an area ("zone", "area"). */
const GLOSS_PLACES = new Set([...PLACE_HEADS, 'zone', 'zones', 'area', 'areas', 'region', 'regions']);

/** Small words a gloss's capitals leave out. */
const SKIPPED = new Set(['and', 'of', 'for', 'the', 'in', 'on', 'to', '&']);

/** The kind the words right before "(ACR)" whose first letters spell it give the acronym: a Place when the last
 * of them is a place word; a Concept when all are lower case ("liquid-entrenched smooth surface (LESS)", "personal
 * protective equipment (PPE)": a common noun's short form, no body's name). */
export function glossKind(text: string, acronym: string): 'Place' | 'Concept' | undefined {
  const letters = acronym.replace(/[.&]/g, '').toLowerCase();
  const marker = `(${acronym})`;
  // Each "(ACR)" found by position, its gloss read from a short stretch before it: a pattern scanning the
  // whole text for letters before the bracket was quadratic in the article's length.
  for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + marker.length)) {
    const before = /[\p{L}\s-]+$/u.exec(text.slice(Math.max(0, at - 40 * letters.length), at))?.[0] ?? '';
    const words = before
      .trim()
      .split(/[\s-]+/)
      .filter(Boolean);
    // ("special educational needs and disabilities (SEND)": "and", "of" and the like spell no letter.)
    const gloss: string[] = [];
    for (let k = words.length - 1; k >= 0 && gloss.length < letters.length; k--)
      if (!SKIPPED.has(words[k].toLowerCase()) || gloss.length === 0) gloss.unshift(words[k]);
    if (gloss.length !== letters.length) continue;
    if (gloss.map((w) => w[0].toLowerCase()).join('') !== letters) continue;
    if (GLOSS_PLACES.has(gloss[gloss.length - 1].toLowerCase())) return 'Place';
    if (gloss.every((w) => /^\p{Ll}/u.test(w))) return 'Concept';
  }
  return undefined;
}

export const glossedAcronyms: EntityStep = {
  name: 'glossed-acronyms',
  description:
    'a weakly typed name ending in an acronym the article spells out as a place ("… zone (EEZ)") is a Place; an acronym spelt out in lower case ("… smooth surface (LESS)") a Concept',
  apply(groups, ctx) {
    for (const g of groups) {
      if (g.strong || g.type === 'Concept' || g.type === 'Place') continue;
      const last = g.surface.split(/\s+/).pop() ?? '';
      const kind = isAcronym(last) ? glossKind(ctx.text, last) : undefined;
      // (A name ending in a common noun's short form, "the Turkish EVA", is no Concept.)
      if (kind === 'Place' || (kind === 'Concept' && g.surface === last)) g.type = kind;
    }
    return groups;
  },
};
