// "Carsten Brzeski, global head of macro at ING, said …", "Maarten Vos left": the parse guesses an unknown
// capitalised word ending in "-en" to be a past participle, so a given name opening a clause was dropped and its
// family name stood alone (an Organization "Brzeski"). English "-en" participles come from verbs the lexicon
// knows ("beaten", "taken", "forgotten", "unbroken"); a word whose stem is no English word is no participle, and
// before a name word it is that name's given name.
import type { Token } from '../../tokens.js';
import { lexiconTags } from '../../lexicon-tags.js';
import { isKnownPlace } from '../lexicon/known-places.js';
import { cityPopulation } from '../lexicon/world-cities.js';
import { clauseInitial, isCap } from './name-tokens.js';

/** Prefixes an English participle may carry before its verb: "unbeaten", "overgrown", "misshapen". */
const PREFIXES = /^(un|over|under|out|mis|re|fore|for|be|with|up|down)(?=\p{Ll}{3})/u;

/** The stems an "-en" word could be an English verb's participle of: "taken" → take, "beaten" → beat,
 * "forgotten" → forgot, "swollen" → swoll. */
function stems(word: string): string[] {
  const bare = word.replace(PREFIXES, '');
  const out = new Set<string>();
  for (const w of [word, bare]) {
    const [e, n] = [w.slice(0, -1), w.slice(0, -2)];
    out.add(e).add(n);
    if (/(\p{L})\1$/u.test(n)) out.add(n.slice(0, -1));
  }
  if (bare !== word) out.add(bare);
  return [...out].filter((s) => s.length >= 2);
}

/** Whether an unknown "-en" word is no English participle: neither it nor any stem is a word the lexicon knows,
 * and it is no town's name ("Essen", "Leverkusen"). */
export function notParticiple(word: string): boolean {
  const w = word.toLowerCase();
  return (
    /en$/.test(w) &&
    lexiconTags(w).length === 0 &&
    stems(w).every((s) => lexiconTags(s).length === 0) &&
    cityPopulation(word) === 0
  );
}

/** A capitalised word the parse reads as a participle that is none (see notParticiple). */
const guessedParticiple = (t: Token) =>
  (t.tags.has('Participle') || t.tags.has('PastTense')) && /^\p{Lu}\p{Ll}+$/u.test(t.text) && notParticiple(t.text);

/** A two-word name opened by such a word, the parse's guessed participle: a given name and a family name. */
export function participleGivenName(tokens: Token[]): boolean {
  const [first, last] = tokens;
  return tokens.length === 2 && guessedParticiple(first) && !PLACE_OR_BODY.test(lexiconTags(last.normal).join());
}

/** Lexicon tags of a place or a body: "Unbeaten Liverpool" is no one's name. */
const PLACE_OR_BODY = /Place|Organization|Country|City|Region|Company/;

/** The word at i opens a clause, is read as a participle only by its ending, and is no English word, and a name
 * word the lexicon does not know as a place or body follows it with nothing between. */
export function participleOpener(row: Token[], i: number, nameAt: (k: number) => boolean): boolean {
  const [t, next] = [row[i], row[i + 1]];
  if (!t || !next || !clauseInitial(t, row[i - 1]) || /\S/.test(t.post)) return false;
  return (
    guessedParticiple(t) &&
    isCap(next) &&
    nameAt(i + 1) &&
    !PLACE_OR_BODY.test(lexiconTags(next.normal).join()) &&
    !isKnownPlace(next.text)
  );
}
