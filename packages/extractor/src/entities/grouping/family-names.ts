// Merge rule family-names: "Rivera Schatz" after "Thomas Rivera Schatz", "Pierluisi Urrutia" after "Pedro R.
// Pierluisi Urrutia": a person named by two family names (the Spanish and Portuguese custom), or by a family
// name with its particle ("La Riva" of "Gloria La Riva", "van Biljon" of "Leon van Biljon", "De La Fuente" of
// "Rocky De La Fuente"), is called by them without the given names. Only when one person's name ends in those
// words, and the first of them is no given name ("Paul Jones" after "John Paul Jones" may be another man; the
// surname rule reads one word).
import type { MergeRule } from './merge-rules.js';
import type { NameGroup } from '../spans.js';
import { givenName } from '../../lexicon-tags.js';
import { PARTICLES } from '../names/name-particles.js';

/** Words that open a family name: the particles, and the French articles of names ("Le Pen", "La Riva"). */
const FAMILY_OPENERS: ReadonlySet<string> = new Set([...PARTICLES, 'le', 'la']);

export const familyNames: MergeRule = {
  name: 'family-names',
  target: (s, groups) => {
    if ((s.strong && s.type !== 'Person') || s.type === 'Concept') return undefined;
    const first = s.surface.split(/\s+/)[0];
    // ("De La Fuente" of "Rocky De La Fuente": a particle opens a family name of three words too.)
    if (s.words !== 2 && !(s.words === 3 && PARTICLES.has(first.toLowerCase()))) return undefined;
    if (givenName(first)) return undefined;
    // ("Le Pen accused him" beside "Marine Le Pen's party": a family name with its particle that a cue made a
    // person's is the person's whose name only the default guess typed, the given name unknown to the lexicon.)
    const person = (g: NameGroup) =>
      g.type === 'Person' ||
      (s.strong &&
        s.type === 'Person' &&
        !g.strong &&
        g.type === 'Organization' &&
        FAMILY_OPENERS.has(first.toLowerCase()));
    const cands = groups.filter(
      (g) => g !== s && person(g) && g.words >= 3 && g.words <= 5 && g.key.endsWith(` ${s.key}`),
    );
    return cands.length === 1 ? cands[0] : undefined;
  },
};
