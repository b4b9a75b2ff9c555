// "Doctors Without Borders said …", "Veterans Against the War marched …": a clause-initial capitalised word
// right before a capitalised preposition and a name word opens a name written in title case. Alone the
// clause's first word is a name only on evidence (name-tokens.ts), and without this the name starts after the
// preposition ("Borders" the speaker). Prose writes such prepositions in lower case, so the capital is that
// evidence.
import type { Token } from '../../tokens.js';
import { FUNCTION_WORDS, clauseInitial, endsRun, isCap, quiet } from './name-tokens.js';

/** Prepositions written with a capital inside a name: "Iraq Veterans Against the War", "Doctors Without Borders". */
export const INNER_PREPOSITIONS: ReadonlySet<string> = new Set([
  'against',
  'without',
  'with',
  'over',
  'under',
  'beyond',
  'versus',
  'across',
  'beneath',
  'upon',
]);

export function innerWordOpener(row: Token[], i: number, nameAt: (k: number) => boolean): boolean {
  const [t, prep] = [row[i], row[i + 1]];
  // ("The Beyond Fest": an article opening the clause is no word of the name)
  if (!prep || !isCap(t) || FUNCTION_WORDS.has(t.normal) || !clauseInitial(t, row[i - 1]) || endsRun(t)) return false;
  if (!quiet(t, prep)) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(prep.text) || !INNER_PREPOSITIONS.has(prep.normal)) return false;
  const at = row[i + 2]?.text === 'the' ? i + 3 : i + 2;
  return quiet(row[at - 1], row[at]) && nameAt(at);
}
