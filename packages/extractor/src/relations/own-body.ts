// "his agency", "her company": a body noun owned by a person's pronoun stands for the organisation the
// sentence ties that person to ("Bill Lind of NASA spoke of the collaboration between his agency and SpaceX"
// → NASA PARTNERS_WITH SpaceX). Only a tie written in the same sentence counts ("P of E", "E <role> P"), and
// only when exactly one organisation is tied: otherwise the phrase stays unresolved.
import type { Token } from '../tokens.js';
import type { Chunk } from './chunks.js';
import { findRole } from './role-noun.js';
import type { SentenceView } from './sentence-view.js';

const BODY_NOUNS = new Set(
  'agency company firm organisation organization ministry department party team club newspaper network union'.split(
    ' ',
  ),
);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'my', 'our']);

type Ties = Pick<SentenceView, 'toks' | 'entityAt' | 'kindAt' | 'types'>;

/** The organisations the sentence ties person `p` to: "P of E" or a title "E <role> P". */
function tiedBodies(view: Ties, p: string): Set<string> {
  const { entityAt, kindAt, types, toks } = view;
  const out = new Set<string>();
  const org = (k: number) => {
    const e = entityAt[k];
    return e && types.get(e) === 'Organization' && kindAt[k] !== 'pronoun' ? e : undefined;
  };
  toks.forEach((_, k) => {
    if (entityAt[k] !== p || kindAt[k] === 'pronoun') return;
    // "Bill Lind of NASA": the end of the person's name, "of", the body.
    if (entityAt[k + 1] !== p && toks[k + 1]?.normal === 'of' && org(k + 2)) out.add(org(k + 2)!);
    // "NASA administrator Jim Bridenstine": the body, one to three role words, the start of the name.
    if (entityAt[k - 1] !== p) {
      let j = k - 1;
      while (j >= 0 && k - j <= 3 && !entityAt[j] && /^\p{Ll}/u.test(toks[j].text)) j--;
      if (j < k - 1 && org(j) && findRole(view as SentenceView, j + 1, k - 1)) out.add(org(j)!);
    }
  });
  return out;
}

/** Sets the head of each "his agency"-style noun phrase to the one organisation its owner is tied to. */
export function resolveOwnBodies(chunks: Chunk[], view: Ties): void {
  for (const np of chunks) {
    const named = np.head && view.types.get(np.head) !== 'Concept';
    if (np.kind !== 'NP' || named || !BODY_NOUNS.has(np.headWord) || np.from !== np.to - 1) continue;
    const owner = view.entityAt[np.from];
    const t: Token = view.toks[np.from];
    if (!owner || view.kindAt[np.from] !== 'pronoun' || !POSSESSIVE_PRONOUNS.has(t.normal)) continue;
    if (view.types.get(owner) !== 'Person') continue;
    const bodies = tiedBodies(view, owner);
    if (bodies.size === 1) np.head = [...bodies][0];
  }
}
