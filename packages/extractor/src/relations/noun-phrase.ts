// What a noun-phrase chunk names: every entity inside it, the entity its head word names, and the entity
// in possessive position before the head ("Acme's chief executive" → possessor Acme).
import type { Token } from '../tokens.js';
import type { Chunk } from './chunks.js';
import { isAcronym } from '../entities/names/name-key.js';

/** Fills the noun-phrase fields of chunk `ch` over the sentence's tokens. */
export function nounPhrase(
  ch: Chunk,
  toks: Token[],
  entityAt: (string | undefined)[],
  possessive: (i: number) => boolean,
): Chunk {
  for (let k = ch.from; k <= ch.to; k++) {
    const e = entityAt[k];
    if (e && !ch.entities.includes(e)) ch.entities.push(e);
    if (e && possessive(k) && k < ch.to) ch.possessor = e;
  }
  // The head is the last noun: trailing adjectives ("semiconductors essential") do not head the phrase.
  let h = ch.to;
  while (h > ch.from && !entityAt[h] && !toks[h].tags.has('Noun') && !toks[h].tags.has('Pronoun')) h--;
  // "the Parliament of Ontario (ON)": an acronym in brackets naming a name inside the phrase before it
  // glosses that name; the phrase heads.
  const gloss = entityAt[h] && entityAt[h - 1] && entityAt[h] !== entityAt[h - 1];
  if (h > ch.from && gloss && isAcronym(toks[h].text) && /\(\s*$/.test(toks[h - 1].post + toks[h].pre)) h--;
  ch.head = entityAt[h];
  ch.headWord = toks[h].normal;
  // "Musk's personal Tesla convertible": a name between an adjective and a lower-case word the tagger read
  // as an adjective names a kind of thing, not the thing ("the COVID-19 pandemic", "Sudan's Constitution
  // prior to" keep theirs).
  let start = h;
  while (start > ch.from && entityAt[start - 1] === ch.head) start--;
  const before = toks[start - 1];
  const modified =
    start > ch.from && !entityAt[start - 1] && before.tags.has('Adjective') && !before.tags.has('Determiner');
  if (ch.head && h < ch.to && modified && /^\p{Ll}/u.test(toks[ch.to].text) && !entityAt[ch.to]) ch.head = undefined;
  if (ch.head && ch.head === ch.possessor) ch.possessor = undefined;
  return ch;
}
