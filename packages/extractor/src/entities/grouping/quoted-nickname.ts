// 'Edward Lodewijk "Eddie" Van Halen', 'Pasquale "Pat" Di Cicco': a person's given names, the quoted name
// they go by, then the family name. The given names and the quoted name join the name the person goes by
// ("Eddie Van Halen") when the article writes it, else the family name when that reads as a person's.
import type { MergeRule } from './merge-rules.js';
import type { NameGroup } from '../spans.js';
import type { Token } from '../../tokens.js';

/** The group holding a span that opens (or, with `end`, closes) at token `i`. */
function groupAt(groups: NameGroup[], i: number, end = false): NameGroup | undefined {
  const at = (y: NameGroup['spans'][number]) => (end ? y.tokens[y.tokens.length - 1].i : y.tokens[0].i) === i;
  return groups.find((g) => g.spans.some(at));
}

/** The one token of a quoted name ("Eddie"), when `t` is one. */
function quotedWord(t: Token, before: Token | undefined): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(t.text) && /["“]\s*$/.test((before?.post ?? '') + t.pre) && /^["”]/.test(t.post);
}

/** Where the person of a quoted name at token `t` goes: their full name, else their family name. */
function person(t: Token, family: NameGroup | undefined, groups: NameGroup[]): NameGroup | undefined {
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
      // The quoted name itself, between the given names and the family name.
      const given = x.tokens.length === 1 ? groupAt(groups, first.i - 1, true) : undefined;
      if (given?.type === 'Person') {
        const g = given.spans.find((y) => y.tokens[y.tokens.length - 1].i === first.i - 1)!;
        if (quotedWord(first, g.tokens[g.tokens.length - 1]) && first.sentence === g.tokens[0].sentence) {
          const to = person(first, groupAt(groups, first.i + 1), groups);
          if (to) return to;
        }
      }
      // The given names before it.
      const nickGroup = groupAt(groups, last.i + 1);
      const nick = nickGroup?.spans.find((y) => y.tokens[0].i === last.i + 1);
      const t = nick?.tokens.length === 1 ? nick.tokens[0] : undefined;
      if (!t || t.sentence !== last.sentence || !quotedWord(t, last)) continue;
      const to = person(t, groupAt(groups, t.i + 1), groups);
      if (to) return to;
    }
    return undefined;
  },
};
