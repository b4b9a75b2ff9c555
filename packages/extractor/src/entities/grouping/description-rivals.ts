// Whether a definite description ("the state", "the airline") has a rival reading: another entity of the
// same type, whose kind the article never gives, named after the latest entity the description fits and
// before the description ("… boost in Florida came as Bloomberg invested in the state" speaks of Florida, not
// of Wisconsin, the last place the article called a state). Then the description stays unresolved. Only places:
// news names them in passing all the time ("in Iowa"), and each could be the state or province meant.
import type { Token } from '../../tokens.js';
import type { NameGroup } from '../spans.js';

/** Tags that say what a place is, when the description names another kind ("the state" is no city). */
const KIND_TAGS: Array<[tag: string, words: Set<string>]> = [
  ['City', new Set(['city', 'town'])],
  ['Country', new Set(['country', 'nation'])],
];

export function hasRival(
  groups: NameGroup[],
  kinded: Set<number>,
  best: { entity: number; at: number },
  before: Token,
  kind: string,
): boolean {
  const type = groups[best.entity].type;
  if (type !== 'Place') return false;
  return groups.some(
    (g, n) =>
      n !== best.entity &&
      g.type === type &&
      !kinded.has(n) &&
      g.spans.some((s) => s.start > best.at && s.end <= before.start) &&
      !KIND_TAGS.some(([tag, words]) => !words.has(kind) && g.spans.some((s) => s.tokens.some((t) => t.tags.has(tag)))),
  );
}
