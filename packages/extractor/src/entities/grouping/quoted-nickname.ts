// 'Edward Lodewijk "Eddie" Van Halen', 'Pasquale "Pat" Di Cicco': a person's given names, the quoted name
// they go by, then the family name. The given names and the quoted name join the name the person goes by
// ("Eddie Van Halen") when the article writes it, else the family name when that reads as a person's.
import type { MergeRule } from './merge-rules.js';
import type { NameGroup } from '../spans.js';
import type { Token } from '../../tokens.js';

type Span = NameGroup['spans'][number];

/** The span that opens (or, with `end`, closes) at token `i`, and its group. */
function spanAt(groups: NameGroup[], i: number, end = false): [NameGroup, Span] | undefined {
  for (const g of groups)
    for (const y of g.spans) if ((end ? y.tokens[y.tokens.length - 1].i : y.tokens[0].i) === i) return [g, y];
  return undefined;
}

/** The one token of a quoted name ("Eddie") right after `before`, in its sentence. */
function quotedWord(t: Token, before: Token): boolean {
  return (
    t.sentence === before.sentence &&
    /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
    /["“]\s*$/.test(before.post + t.pre) &&
    /^["”]/.test(t.post)
  );
}

/** Where the person of the quoted name `t` goes: their full name, else the family name right after it. */
function person(t: Token, groups: NameGroup[]): NameGroup | undefined {
  const [family] = spanAt(groups, t.i + 1) ?? [];
  if (!family) return undefined;
  const goesBy = groups.find((g) => g.type === 'Person' && g.key === `${t.normal} ${family.key}`);
  return goesBy ?? (family.type === 'Person' ? family : undefined);
}

export const quotedNickname: MergeRule = {
  name: 'quoted-nickname',
  target: (s, groups) => {
    if (s.type !== 'Person' || s.words > 3) return undefined;
    for (const x of s.spans) {
      const first = x.tokens[0];
      const last = x.tokens[x.tokens.length - 1];
      // The quoted name itself, after a person's given names.
      const [given, g] = x.tokens.length === 1 ? (spanAt(groups, first.i - 1, true) ?? []) : [];
      const before = g?.tokens[g.tokens.length - 1];
      const self = given?.type === 'Person' && before && quotedWord(first, before) ? person(first, groups) : undefined;
      if (self) return self;
      // The given names before it.
      const [, nick] = spanAt(groups, last.i + 1) ?? [];
      const t = nick?.tokens.length === 1 ? nick.tokens[0] : undefined;
      const to = t && quotedWord(t, last) ? person(t, groups) : undefined;
      if (to) return to;
    }
    return undefined;
  },
};
