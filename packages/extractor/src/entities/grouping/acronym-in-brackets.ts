// "the Department of Homeland Security (DHS)": a name in brackets right after another name is that name's
// short form, when it can be one. A bracket also holds a state ("Senator Smith (Texas)"), a gloss ("the First
// Nations (Indigenous) people") or a statistics label ("Melbourne (State Suburbs)"), which are other things.
import { initials, isAcronym } from '../names/name-key.js';
import { FUNCTION_WORDS, has } from '../names/name-tokens.js';
import type { MergeRule } from './merge-rules.js';
import { compatible } from './compatible.js';
import type { NameGroup } from '../spans.js';
import { lexiconTags } from '../../lexicon-tags.js';

const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[\s/-]+/)
    .filter((w) => w.length > 2 && !FUNCTION_WORDS.has(w));

/** `short` spells its letters, in order, out of `full`'s from its first letter on ("Phivolcs", "AfCFTA"). */
function spellsOut(short: string, full: string): boolean {
  const a = letters(short);
  const b = letters(full);
  if (!a || a.length >= b.length || a[0] !== b[0]) return false;
  let j = 0;
  for (const ch of b) if (ch === a[j]) j++;
  return j === a.length;
}

/** Of two names that are no acronyms, the shorter is a short form of the other only if it keeps a word of it
 * ("Penn State", "CU Boulder") or spells itself out of its letters; "Ye" is no short form of "Kanye West",
 * nor "Texas" of "Smith". */
function shortFormOf(a: string, b: string): boolean {
  const [short, full] = letters(a).length < letters(b).length ? [a, b] : [b, a];
  const kept = new Set(words(full));
  return words(short).some((w) => kept.has(w)) || spellsOut(short, full);
}

/** Every word is unknown to the lexicon and read as no person's or place's name. */
const foreignWords = (x: NameGroup['spans'][number]) =>
  x.tokens.every(
    (t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !lexiconTags(t.text).length && !has(t, ['Person', 'FirstName', 'Place']),
  );

export const acronymInBrackets: MergeRule = {
  name: 'acronym-in-brackets',
  target: (s, groups) => {
    if (s.bracketAfter === undefined) return undefined;
    const before = groups.find((g) => g !== s && g.ids.has(s.bracketAfter!));
    if (!before) return undefined;
    // "the Parliament of Ontario Province (OP)": letters that spell only the name after "of" stand for
    // that name, when the article names it on its own too.
    const spelt = s.key.replace(/\s/g, '');
    const of = initials(before.name) !== spelt ? / of (?:the )?(.+)$/.exec(before.key) : null;
    const inner =
      of && initials(of[1]) === spelt
        ? groups.find((g) => g !== s && g.key === of[1] && g.type !== 'Concept')
        : undefined;
    if (inner) return inner;
    // "the Catholic Bishops' Conference of the Philippines (CBCP)", cut by the entity stage before
    // "Philippines": an acronym whose first letter opens no word of the name is not that name's.
    // ("the Center for Volcanology and Geological Hazard Mitigation (PVMBG)": a body of three words or more
    // may be known by its own language's capitals; not capitals the lexicon knows as another name: "UNESCO"
    // after "Scientific and Cultural Organization", a name cut at its comma.)
    if (isAcronym(s.name))
      return before.name.split(/[\s-]+/).some((w) => w[0]?.toLowerCase() === spelt[0]) ||
        (before.type === 'Organization' && before.words >= 3 && spelt.length >= 3 && !lexiconTags(s.name).length)
        ? before
        : undefined;
    // "CEI (Italian Episcopal Conference)": a name in brackets may spell another language's acronym out.
    if (isAcronym(before.name)) return before;
    // A person and a body share words by naming ("Ann Holt (Holt Foods)"), not by shortening; bodies and
    // places are often typed apart by weak cues ("Penn State" read as a state), so only a person's type guards.
    const person = s.type === 'Person' || before.type === 'Person';
    if ((!person || compatible(s, before)) && shortFormOf(s.name, before.name)) return before;
    // "the Supreme Court of Justice (Oberster Gerichtshof) of Austria": a body's name in words English does not
    // have is its name in its own language.
    return before.type === 'Organization' && s.type !== 'Person' && s.words > 1 && s.spans.every(foreignWords)
      ? before
      : undefined;
  },
};
