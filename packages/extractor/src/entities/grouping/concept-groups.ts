// Concepts ("artificial intelligence", "Chinese chip firms") join the name groups before merging, so an
// acronym ("AI") can merge into them. A concept whose key is already a name's stays that name.
import type { EntityStep } from '../entity-step.js';
import type { TypedSpan } from '../spans.js';
import { findConcepts } from '../names/concepts.js';
import { makeGroup } from './make-group.js';
import { describesNameAfter } from './described-names.js';

export const conceptGroups: EntityStep = {
  name: 'concept-groups',
  description: 'noun-phrase concepts become groups of their own, named by their most frequent form',
  apply(groups, ctx) {
    const { typed, text } = ctx;
    const nameEnds = new Set<number>(typed.map((s) => s.tokens[s.tokens.length - 1].i));
    const nameKeys = new Set(groups.map((g) => g.key));
    // "bin" of "Hamza bin Ladin": a lower-case word inside a name is part of that name.
    const inNames = new Set<number>(typed.flatMap((s) => s.tokens.map((t) => t.i)));
    const nameStarts = new Map<number, number>(typed.map((s) => [s.tokens[0].i, s.start]));
    const byConcept = new Map<string, TypedSpan[]>();
    let nextId = typed.length;
    for (const c of findConcepts(ctx.bySentence, text, nameEnds)) {
      if (nameKeys.has(c.key) || c.tokens.some((t) => inNames.has(t.i))) continue;
      if (describesNameAfter(c.tokens[c.tokens.length - 1], text, nameStarts)) continue;
      const span: TypedSpan = { ...c, id: nextId++, type: 'Concept', strong: true, typeRule: c.rule, key: c.key };
      byConcept.set(c.key, [...(byConcept.get(c.key) ?? []), span]);
    }
    for (const spans of byConcept.values()) {
      const g = makeGroup(spans, 'Concept', true);
      // Lower case, except words that are always capitalised ("Chinese chip firms").
      g.name = mostFrequent(spans.map((s) => conceptName(s, text)));
      groups.push(g);
    }
    return groups;
  },
};

function conceptName(s: TypedSpan, text: string): string {
  let out = text.slice(s.start, s.end);
  for (const t of s.tokens) {
    if (t.tags.has('Demonym') || t.tags.has('Acronym')) continue;
    const at = t.start - s.start;
    out = out.slice(0, at) + t.text.toLowerCase() + out.slice(at + t.text.length);
  }
  return out.replace(/\s+/g, ' ');
}

/** The most frequent of `values`, the first on a tie. */
export function mostFrequent(values: string[]): string {
  const n = new Map<string, number>();
  for (const v of values) n.set(v, (n.get(v) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1])[0][0];
}
