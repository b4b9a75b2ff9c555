// One entity per id in an article's result. Two groups can end on the same canonical name and type by
// different roads ("UK" and "the British government" both become United Kingdom; "CentOS-QA" and "CentOS QA"
// slug alike); a caller of extract() and the stores expect one entity per id, so the later folds into the first.
import type { Entity } from '../types.js';

export function onePerId(entities: Entity[]): Entity[] {
  const byId = new Map<string, Entity>();
  const out: Entity[] = [];
  for (const e of entities) {
    const first = byId.get(e.id);
    if (!first) {
      byId.set(e.id, e);
      out.push(e);
      continue;
    }
    const at = new Set(first.mentions.map((m) => `${m.start}:${m.end}`));
    const kind = e.name.toLowerCase() === first.name.toLowerCase() ? undefined : ('alias' as const);
    for (const m of e.mentions)
      if (!at.has(`${m.start}:${m.end}`)) first.mentions.push(kind && m.kind === 'name' ? { ...m, kind } : m);
    first.mentions.sort((a, b) => a.start - b.start);
    const known = new Set([first.name, ...first.aliases.map((a) => a.text)].map((t) => t.toLowerCase()));
    for (const a of kind ? [{ text: e.name, rule: 'same-id' }, ...e.aliases] : e.aliases)
      if (!known.has(a.text.toLowerCase())) {
        first.aliases.push(a);
        known.add(a.text.toLowerCase());
      }
    if (e.strong) first.strong = true;
    if (!e.unnamed) delete first.unnamed;
  }
  return out;
}
