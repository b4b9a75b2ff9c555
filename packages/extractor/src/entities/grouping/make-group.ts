// One name group from its spans: the fullest surface form names it (an elided word by the full name it stands
// for), with the first position, the span ids and the bracket and demonym links the merge rules read.
import type { EntityType } from '../../types.js';
import type { NameGroup, TypedSpan } from '../spans.js';
import { familyName, withoutGeneration } from '../names/name-particles.js';
import { datelineName } from '../names/dateline.js';

export function makeGroup(spans: TypedSpan[], type: EntityType, strong: boolean): NameGroup {
  // ("League of Women Voters" names the group that also holds "the League of Women voters developed".)
  const best = [...spans].sort(
    (a, b) =>
      b.tokens.length - a.tokens.length ||
      lowerWords(a) - lowerWords(b) ||
      (isDotted(a.text) ? 1 : 0) - (isDotted(b.text) ? 1 : 0) ||
      // ("SINGAPORE — …": a dateline's capitals are the wire's style; the text's "Singapore" names it)
      (a.dateline ? 1 : 0) - (b.dateline ? 1 : 0) ||
      a.start - b.start,
  )[0];
  const demonym = spans.find((s) => s.demonymOf)?.demonymOf;
  // An elided word ("North" in "North and South Korea") is named by the full name it stands for.
  // ("LONDON — …" and no other mention: the capitals are the wire's style, not the name's.)
  const written = best.keyText ?? best.text;
  const name = tidy(best.dateline && !/\p{Ll}/u.test(written) ? datelineName(written) : written);
  const words = name.split(/\s+/);
  const withBracket = spans.find((s) => s.bracketOf !== undefined);
  const called = spans.find((s) => s.calledOf !== undefined);
  return {
    key: spans[0].key,
    name,
    surface: best.text,
    words: words.length,
    firstWord: words[0].toLowerCase(),
    // "Assad" is the surname in "Bashar al-Assad": the hyphened Arabic article is not part of it.
    // ("Marcos" of "Ferdinand Marcos Jr.": the generation after it is no family name.)
    lastWord: familyName(withoutGeneration(name)).toLowerCase(),
    type,
    strong,
    first: Math.min(...spans.map((s) => s.start)),
    spans,
    ids: new Set(spans.map((s) => s.id)),
    bracketAfter: withBracket?.bracketOf,
    calledAfter: called?.calledOf,
    country: demonym,
  };
}

/** Group `g` joins `into`: its spans, typed as `into`, record `rule` unless an earlier merge did; its ids. The
 * caller drops `g`. */
export function joinGroup(into: NameGroup, g: NameGroup, rule: string): void {
  into.spans.push(...g.spans.map((s) => ({ ...s, type: into.type, mergedBy: s.mergedBy ?? rule })));
  for (const id of g.ids) into.ids.add(id);
}

const isDotted = (s: string) => /\./.test(s);
const lowerWords = (s: TypedSpan) => s.tokens.filter((t) => /^\p{Ll}/u.test(t.text)).length;
/** A display form: no edge punctuation or possessive. */
export function tidy(text: string): string {
  return text
    .replace(/[’']s?$/, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.)]+$/gu, '')
    .replace(/\s+/g, ' ');
}
