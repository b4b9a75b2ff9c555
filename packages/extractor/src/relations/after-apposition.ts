// The word right after an apposition set off by commas is its subject's verb, but the parse, which starts
// afresh after a comma, may tag it otherwise: "Tom Hale, 54, joined Acme Corp" (an adjective after a number),
// "Ann Cole's husband, Tom Hale, works for Acme Corp" (a plural noun). Only a past form after an age, or a
// present "-s" form of a verb the relation vocabulary knows after a name apposed to the sentence's subject,
// before a preposition, an article or a name.
import type { Token } from '../tokens.js';
import { verbType } from './vocabulary.js';

const AGE = /^\d{1,3}$/;
const closedByComma = (t: Token | undefined) => !!t && /^,\s*$/.test(t.post);

/** Token `i` follows an age set off by commas right after a name ("Tom Hale, 54, …") and is a past form. */
function afterAge(toks: Token[], i: number): boolean {
  const [t, age] = [toks[i], toks[i - 1]];
  return (
    i >= 2 &&
    t.tags.has('Adjective') &&
    /^[a-z]{2,}ed$/.test(t.text) &&
    AGE.test(age.text) &&
    closedByComma(age) &&
    closedByComma(toks[i - 2])
  );
}

/** Token `i` follows a name set off by commas (", Tom Hale,") and is a known verb's "-s" form. */
function afterName(toks: Token[], entityAt: readonly (string | undefined)[], i: number): boolean {
  const [t, next] = [toks[i], toks[i + 1]];
  const name = entityAt[i - 1];
  if (!name || !closedByComma(toks[i - 1]) || !t.tags.has('Plural') || !/^[a-z]{3,}s$/.test(t.text)) return false;
  let k = i - 1;
  while (k > 0 && entityAt[k - 1] === name) k--;
  // The apposition is the sentence's subject: a verb before it would make the commas a list's
  // ("featured Acme Corp, Tom Hale, works by Picasso").
  if (!closedByComma(toks[k - 1]) || toks.slice(0, k).some((x) => x.tags.has('Verb'))) return false;
  if (!next || !(next.tags.has('Preposition') || next.tags.has('Determiner') || entityAt[i + 1])) return false;
  return !!verbType(t.normal.slice(0, -1));
}

/** Whether token `i` is the verb after an apposition. */
export function verbAfterApposition(toks: Token[], entityAt: readonly (string | undefined)[], i: number): boolean {
  return afterAge(toks, i) || afterName(toks, entityAt, i);
}
