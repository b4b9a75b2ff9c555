// "Fresno, Calif.", "TAMPA, Fla. (AP) —", "Albany, N.Y.,": a US state's abbreviation with its period, right after
// a town and a comma, stands for the state. Its span takes the state's name as its key (as an elided name does:
// elided-names.ts), so it joins the state when the article names it and is typed a place
// (typing/type-rules.ts `state-abbreviation`); no node "Calif" is made.
import type { Token } from '../../tokens.js';
import type { NameSpan } from '../spans.js';
import { STATE_ABBREVIATIONS } from '../lexicon/state-abbreviations.js';

/** The state `t` abbreviates, written with its period ("Calif.", "N.Y."), or undefined. */
export function abbreviatedState(t: Token): string | undefined {
  if (!/\.$/.test(t.text) && !/^\./.test(t.post)) return undefined;
  return STATE_ABBREVIATIONS.get(t.text.toLowerCase().replace(/\./g, ''));
}

/** The span is a state's abbreviation this step spelled out. */
export const stateAbbreviationSpan = (s: NameSpan) =>
  s.tokens.length === 1 && !!s.keyText && abbreviatedState(s.tokens[0]) === s.keyText;

/** A town's name, then a comma, right before `t`. */
const afterTown = (t: Token, row: Token[]) => {
  const town = row[t.pos - 1];
  return !!town && /^\p{Lu}/u.test(town.text) && /^,\s+$/.test(town.post);
};

export function spellStateAbbreviations(spans: NameSpan[], bySentence: Token[][]): NameSpan[] {
  return spans.map((s) => {
    const t = s.tokens[0];
    const state = s.tokens.length === 1 ? abbreviatedState(t) : undefined;
    return state && afterTown(t, bySentence[t.sentence]) ? { ...s, keyText: state } : s;
  });
}
