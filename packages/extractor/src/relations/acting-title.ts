// "Acting Chief Justice Moon Hyung-bae said …", "the acting president, Han Duck-soo,": "acting" before a title
// says the holder stands in for the office, it is no verb. The chunker opened a verb group at it, and the
// sentence's speaker became the object of "Acting" (no claim was made).
import type { Token } from '../tokens.js';
import { TITLES, TITLE_MODIFIERS } from '../entities/lexicon/titles.js';

/** The token at `i` is "acting" right before a title or a title's modifier. */
export function actingTitle(toks: Token[], i: number): boolean {
  const [t, next] = [toks[i], toks[i + 1]];
  if (t?.normal !== 'acting' || !next || /\S/.test(t.post)) return false;
  return TITLES.has(next.normal) || (TITLE_MODIFIERS.has(next.normal) && TITLES.has(toks[i + 2]?.normal ?? ''));
}
