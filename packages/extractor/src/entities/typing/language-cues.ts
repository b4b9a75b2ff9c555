// Language cues: "a script written in Python", "a tool coded in Rustle", "a letter translated into Tamasheq":
// what a text or program is written, coded or translated in is its language, a Concept, not the place a bare
// "in" would make of a name compromise does not know (place-cues.ts; a known place keeps its type: "written
// in Paris"). Every mention of the name need not say so: one such mention types it.
import type { Token } from '../../tokens.js';
import type { NameGroup } from '../spans.js';
import type { EntityStep } from '../entity-step.js';

/** Past participles of writing in a language, then "in"/"into". */
const WRITTEN = new Set('written coded programmed implemented scripted translated rewritten'.split(' '));
const INTO = new Set(['in', 'into']);

/** Rules that only guess: no cue of the article gave the name its type. */
const GUESSES = new Set(['default', 'compromise-organization', 'compromise-person']);

function writtenIn(s: NameGroup['spans'][number], tokens: Token[]): boolean {
  const t = s.tokens[0];
  const [verb, prep] = [tokens[t.i - 2], tokens[t.i - 1]];
  return (
    s.tokens.length === 1 &&
    prep?.sentence === t.sentence &&
    INTO.has(prep.normal) &&
    WRITTEN.has(verb?.normal ?? '') &&
    !/\S/.test(verb.post + prep.post)
  );
}

export const languageCues: EntityStep = {
  name: 'language-cues',
  description: 'a one-word name a text or program is "written/coded/translated in" is a language (Concept)',
  apply(groups, ctx) {
    for (const g of groups) {
      if (g.strong || g.words !== 1 || !g.spans.every((s) => GUESSES.has(s.typeRule))) continue;
      if (!g.spans.some((s) => writtenIn(s, ctx.tokens))) continue;
      g.type = 'Concept';
      g.strong = true;
    }
    return groups;
  },
};
