// "the Bernie Sanders Campaign", "the Joe Biden Presidency": a person's name, then a capitalised word for the
// effort or the term of office run in that name, names the team or the government, an Organization (as "the
// Joe Biden Administration" already is by its organisation word), not the person whose name opens it. The
// given name opening the span would otherwise make it a Person (type-rules.ts, first-name).
import type { NameSpan } from '../spans.js';

/** Words for a campaign or a leader's term, which run in a person's name. */
const TERM_HEADS = new Set(['campaign', 'presidency', 'premiership', 'chancellorship', 'regime']);

/** The span is a name followed by a capitalised term word ("… Campaign"). */
export function leaderTerm(s: NameSpan): boolean {
  const head = s.tokens[s.tokens.length - 1];
  return s.tokens.length >= 2 && /^\p{Lu}\p{Ll}+$/u.test(head.text) && TERM_HEADS.has(head.normal);
}
