// Simple pasts the tagger always reads as their noun twin: "Prices rose sharply", "The death toll rose to 12"
// came out as noun phrases ("Prices rose", a concept "rose"). Right after a noun or a subject pronoun, with no
// noun after it to head ("a rose", "red roses", "the rose garden" keep the noun), the word is the verb.
import type { Token } from './tokens.js';

/** Past forms whose noun twin the tagger prefers, with their verb's root. */
const PAST_HOMOGRAPHS: ReadonlyMap<string, string> = new Map([['rose', 'rise']]);

/** Retags such words in one sentence's tokens as past verbs, in place. */
export function retagPastHomographs(row: Token[]): void {
  for (let k = 1; k < row.length; k++) {
    const [prev, t, next] = [row[k - 1], row[k], row[k + 1]];
    const root = PAST_HOMOGRAPHS.get(t.text);
    if (!root || /\S/.test(prev.post)) continue;
    // ("Boeing shares rose 3 percent": a plural the tagger read as a present verb is the subject too.)
    const plural = prev.tags.has('PresentTense') && /\p{Ll}s$/u.test(prev.text);
    const subject = (prev.tags.has('Noun') || plural) && !prev.tags.has('Determiner') && !prev.tags.has('Possessive');
    const headed = !!next && !/\S/.test(t.post) && next.tags.has('Noun') && !next.tags.has('Pronoun');
    if (!subject || headed) continue;
    t.tags = new Set(['Verb', 'PastTense']);
    t.root = root;
  }
}
