// "the island of Rapa Nui, also called Easter Island", "Myanmar, also known as Burma,": a name written after
// ", also known as" (or "also called", "formerly called", "a.k.a.", "whose real name is") right after another
// name is a second name
// of the same thing, whatever words the two share. A name named by "X, known as Y" only when Y ends the
// phrase: "Smith, known as Jones's deputy" says who Smith is, not what else Smith is called. The text says the
// two are one thing, so their types do not guard the join: "the California Department of Forestry and Fire
// Protection, known as Cal Fire" is no person named Cal.
import type { NameSpan } from '../spans.js';
import { DIVISION_WORDS, PLACE_HEADS } from '../lexicon/org-words.js';
import type { MergeRule } from './merge-rules.js';

const CALLED =
  /^,\s+(?:(?:(?:also|better|formerly|otherwise|commonly|popularly|locally|officially|previously|once|originally|now)\s+)?(?:known\s+as|called|a\.k\.a\.?|aka)|whose\s+(?:real|full|legal|birth|given)\s+name\s+is)\s+(?:the\s+)?$/i;
/** The second name ends its phrase: a clause or sentence ends, a bracket closes, or the text ends. */
const PHRASE_END = /^(?:\s*$|[,.;:!?)])/;
/** The last two words before a name: a preposition before it makes it the complement of another noun. */
const WORDS_BEFORE = /(\S+)\s+(\S+)\s*$/;
const PREPOSITIONS = new Set(['of', 'to', 'for', 'from', 'with', 'by', 'in', 'at', 'on', 'about', 'against']);

/** The span id of the name `s` is another name of, or nothing. "the island of Rapa Nui" is the island, but
 * "the letter to Trump, called 'Fire and Fury'" and "the son of Smith, known as Jack" call the noun before the
 * preposition so, not the name after it. */
export function calledOf(s: NameSpan, spans: NameSpan[], id: number, text: string): { calledOf?: number } {
  const prev = spans[id - 1];
  if (!prev || prev.sentence !== s.sentence || !CALLED.test(text.slice(prev.end, s.start))) return {};
  if (!PHRASE_END.test(text.slice(s.end, s.end + 2))) return {};
  const before = WORDS_BEFORE.exec(text.slice(Math.max(0, prev.start - 40), prev.start));
  const prep = before?.[2].toLowerCase();
  // ("The RSF, led by Mohamed Hamdan Dagalo, known as Hemedti,": after a participle's "by" the name is the
  // doer's, and no noun stands before it to be the one called so.)
  const agent = prep === 'by' && /(?:ed|en)$/i.test(before![1]);
  if (prep && PREPOSITIONS.has(prep) && !agent) {
    const kind = before![1].toLowerCase();
    if (prep !== 'of' || !(DIVISION_WORDS.has(kind) || PLACE_HEADS.has(kind))) return {};
  }
  return { calledOf: id - 1 };
}

export const alsoKnownAs: MergeRule = {
  name: 'also-known-as',
  target: (s, groups) => {
    if (s.calledAfter === undefined || s.type === 'Concept') return undefined;
    const before = groups.find((g) => g !== s && g.ids.has(s.calledAfter!));
    return before && before.type !== 'Concept' ? before : undefined;
  },
};
