// "Japan's ruling Liberal Democratic Party", "the company's leading product": after a possessive "'s", an -ing
// word that news writes as an adjective, before a noun or a name, describes what is owned. The chunker read it
// as a verb group ("Japan's" | "ruling" | "Liberal Democratic Party"), which cut the party off its clause and,
// in "X and its partner Y lost …", from the verb both lost by. Only these words: "'s" may also be "is" before
// another -ing word ("Acme's buying Beta").
import type { Token } from '../tokens.js';

const ADJECTIVE_GERUNDS = new Set(
  `ruling governing leading growing reigning defending outgoing incoming ongoing remaining existing emerging
  opposing booming rising ailing ageing aging founding competing surviving`.split(/\s+/),
);

/** The token at `i` is such an -ing word after a possessive. */
export function possessedGerund(toks: Token[], i: number): boolean {
  const [prev, t, next] = [toks[i - 1], toks[i], toks[i + 1]];
  if (!prev || !next || !ADJECTIVE_GERUNDS.has(t.normal) || /\S/.test(prev.post + t.post)) return false;
  const owned = /^\p{Lu}/u.test(next.text) || (next.tags.has('Noun') && !next.tags.has('Pronoun'));
  const possessive = /['’]s$/.test(prev.text) || (/['’]$/.test(prev.text) && prev.tags.has('Possessive'));
  return possessive && owned && !next.tags.has('Determiner');
}
