// Nested names: "United States Navy" also mentions the United States, "Andy Warhol Foundation" Andy Warhol.
// A contiguous part of a longer name that is itself the name of another entity in the article counts as a
// mention of that entity too.
import type { NameGroup, TypedSpan } from './name-group.js';
import { nameKey } from './name-key.js';

export function addNestedMentions(groups: NameGroup[], text: string): void {
  const byKey = new Map<string, NameGroup>();
  for (const g of groups) {
    if (g.type === 'Concept') continue;
    for (const s of g.spans) if (!byKey.has(s.key)) byKey.set(s.key, g);
  }
  for (const g of groups) {
    if (g.type === 'Concept') continue;
    const added: TypedSpan[] = [];
    for (const s of g.spans) {
      const toks = s.tokens;
      if (toks.length < 2 || s.demonymOf) continue;
      found: for (let len = toks.length - 1; len >= 1; len--) {
        for (let a = 0; a + len <= toks.length; a++) {
          // "East Los Angeles", "South Korea": a modifier before a place names another place; but "Hong Kong
          // Island" and "Municipality of Livorno" do mention the place they contain.
          if (g.type === 'Place' && a > 0 && a + len === toks.length && toks[a - 1].normal !== 'of') continue;
          const part = toks.slice(a, a + len);
          if (!/^\p{Lu}/u.test(part[0].text) || !/^\p{Lu}/u.test(part[len - 1].text)) continue;
          const start = part[0].start;
          const end = part[len - 1].end - (/['’]s$/.test(part[len - 1].text) ? 2 : 0);
          const target = byKey.get(nameKey(text.slice(start, end)));
          if (!target || target === g || target.type !== 'Place') continue;
          target.spans.push({ ...s, tokens: part, start, end, text: text.slice(start, end), key: nameKey(text.slice(start, end)), mergedBy: 'nested', title: undefined });
          break found;
        }
      }
    }
    g.spans.push(...added);
  }
}
