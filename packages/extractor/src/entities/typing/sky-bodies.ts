// Bodies in the sky: "the star HR 8799", "the constellation Pegasus", "the asteroid Bennu", "the Telescopium
// constellation". A lower-case word for a kind of celestial body right before a weakly typed name, or a
// constellation's or galaxy's kind right after it, says what the name is; such bodies are places here, as
// "Earth", "Mars" and "the Sun" are. A strong type stays ("the star Taylor Swift" is a person a title or a
// full name already made one), and "star" counts only where it cannot be a celebrity (skyStar).
import type { Token } from '../../tokens.js';
import type { NameGroup } from '../spans.js';
import type { EntityStep } from '../entity-step.js';
import { ARTICLES } from '../lexicon/pronouns.js';

const KINDS_BEFORE = new Set('star planet exoplanet constellation comet asteroid moon galaxy nebula'.split(' '));
/** Kinds written after the name too ("the Andromeda galaxy"); "the Kepler telescope" and "the X system" name other things. */
const KINDS_AFTER = new Set(['constellation', 'galaxy', 'nebula']);
/** "the HR 6819 stellar system", "the TRAPPIST-1 planetary system": a system of stars or planets. */
const SYSTEM_KINDS = new Set(['stellar', 'star', 'planetary']);

/** "Tennis star Nadal", "young star Lamine Yamal": a star before a name is a celebrity, unless it follows an
 * article alone ("the star Betelgeuse") or the name is a catalogue's, with a number ("the young star HR 8799"). */
function skyStar(before: Token, s: NameGroup['spans'][number], tokens: Token[]): boolean {
  return ARTICLES.has(tokens[before.i - 1]?.normal ?? '') || s.tokens.some((t) => /\d/.test(t.text));
}

function skyBody(s: NameGroup['spans'][number], tokens: Token[]): boolean {
  const [first, last] = [s.tokens[0], s.tokens[s.tokens.length - 1]];
  const before = tokens[first.i - 1];
  const after = tokens[last.i + 1];
  const kindBefore =
    !!before &&
    before.sentence === first.sentence &&
    !/\S/.test(before.post) &&
    KINDS_BEFORE.has(before.text) &&
    (before.text !== 'star' || skyStar(before, s, tokens));
  if (kindBefore) return true;
  if (!after || after.sentence !== last.sentence || /\S/.test(last.post)) return false;
  const system = tokens[after.i + 1];
  return (
    KINDS_AFTER.has(after.text) ||
    (SYSTEM_KINDS.has(after.text) &&
      !/\S/.test(after.post) &&
      system?.sentence === after.sentence &&
      system.text === 'system')
  );
}

export const skyBodies: EntityStep = {
  name: 'sky-bodies',
  description:
    'a weakly typed name right after "star", "planet", "constellation", "comet", "asteroid" or "galaxy", or before "constellation" or "galaxy", is a Place (a body in the sky)',
  apply(groups, ctx) {
    for (const g of groups) {
      if (g.strong || g.type === 'Concept' || g.type === 'Place') continue;
      if (!g.spans.some((s) => skyBody(s, ctx.tokens))) continue;
      g.type = 'Place';
      g.strong = true;
    }
    return groups;
  },
};
