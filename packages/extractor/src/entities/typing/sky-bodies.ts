// Bodies in the sky: "the star HR 8799", "the constellation Pegasus", "the asteroid Bennu", "the Telescopium
// constellation". A lower-case word for a kind of celestial body right before a weakly typed name, or a
// constellation's or galaxy's kind right after it, or an apposition of such a kind ("Titan, one of Saturn's
// moons"), says what the name is; such bodies are places here, as "Earth", "Mars" and "the Sun" are. A strong
// type stays ("the star Taylor Swift" is a person a title or a full name already made one), and "star" counts
// only where it cannot be a celebrity (skyStar).
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

/** Words that open an apposition saying what a body is: "Ganymede, a moon of Jupiter", "Titan, one of Saturn's moons". */
const APPOSITION_OPENERS = new Set(['a', 'an', 'the', 'one', 'another']);
/** Words an apposition may hold between its opener and the kind: "the largest", "of the planet's". */
const APPOSITION_SPAN = 5;

/** The kind noun, singular or plural, lower-case ("moons", "galaxies"); no "star" (a celebrity, too). */
const kindNoun = (t: Token) =>
  /^\p{Ll}/u.test(t.text) &&
  t.normal !== 'star' &&
  t.normal !== 'stars' &&
  [t.normal, t.normal.replace(/s$/, ''), t.normal.replace(/ies$/, 'y')].some((w) => KINDS_BEFORE.has(w));

/** "Ganymede, another of the planet's moons", "Bennu, a small asteroid": an apposition whose noun is a kind of
 * body in the sky; the kind ends its phrase ("Luna, a moon mission" is a mission). */
function appositionBody(s: NameGroup['spans'][number], tokens: Token[]): boolean {
  const last = s.tokens[s.tokens.length - 1];
  if (!/^,\s*$/.test(last.post)) return false;
  const open = tokens[last.i + 1];
  if (!open || open.sentence !== last.sentence || !APPOSITION_OPENERS.has(open.normal)) return false;
  for (let k = open.i + 1; k <= open.i + APPOSITION_SPAN; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== last.sentence || (t.tags.has('Verb') && !t.tags.has('Adjective'))) return false;
    const next = tokens[k + 1];
    if (kindNoun(t)) return /\S/.test(t.post) || !next || next.sentence !== t.sentence || !next.tags.has('Noun');
    if (/\S/.test(t.post)) return false;
  }
  return false;
}

export const skyBodies: EntityStep = {
  name: 'sky-bodies',
  description:
    'a weakly typed name right after "star", "planet", "constellation", "comet", "asteroid" or "galaxy", before "constellation" or "galaxy", or set off before an apposition of such a kind (", a moon of Jupiter"), is a Place (a body in the sky)',
  apply(groups, ctx) {
    for (const g of groups) {
      if (g.strong || g.type === 'Concept' || g.type === 'Place') continue;
      if (!g.spans.some((s) => skyBody(s, ctx.tokens) || appositionBody(s, ctx.tokens))) continue;
      g.type = 'Place';
      g.strong = true;
    }
    return groups;
  },
};
