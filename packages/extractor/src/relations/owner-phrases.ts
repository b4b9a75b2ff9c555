// Mentions written "<owner> <words>" that the entity stage made nodes of their own ("U.S. troops" from
// entities/grouping/country-groups.ts, "a Woolworths spokesperson" from body-roles.ts): each with the
// entity its owner words name, for the rules that link the two.
import type { Token } from '../tokens.js';
import type { SentenceView } from './sentence-view.js';

export interface OwnerPhrase {
  /** The mention's entity and its token span. */
  id: string;
  from: number;
  to: number;
  /** The entity the words before the phrase's own words name. */
  owner: string;
}

/** Mentions of `type` whose words after some owner end the mention (`wordsAfter` as the entity step reads
 * them), with the owner `ownerAt` finds over [from, last]; a leading article is not the owner's. */
export function ownerPhrases(
  view: SentenceView,
  type: string,
  wordsAfter: (row: Token[], k: number) => Token[] | null,
  ownerAt: (view: SentenceView, from: number, to: number) => string | undefined,
): OwnerPhrase[] {
  const out: OwnerPhrase[] = [];
  const { toks, entityAt } = view;
  toks.forEach((_, k) => {
    const id = entityAt[k];
    if (!id || entityAt[k - 1] === id || view.types.get(id) !== type) return;
    let to = k;
    while (entityAt[to + 1] === id) to++;
    const from = ['the', 'a', 'an'].includes(toks[k].normal) ? k + 1 : k;
    for (let last = from; last < to; last++) {
      const words = wordsAfter(toks, last);
      if (!words || words[words.length - 1].pos !== to) continue;
      const owner = ownerAt(view, from, last);
      if (owner && owner !== id) out.push({ id, from: k, to, owner });
      return;
    }
  });
  return out;
}
