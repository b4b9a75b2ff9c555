// aliasMerges(): which stored entities the alias rules' `merge` entries fold into which (by name,
// case-insensitively; the canonical entity of the same type preferred). Store-independent.
import type { AliasRules } from '@kg/extractor';

export interface NamedEntity {
  id: string;
  name: string;
  type: string;
}

export function aliasMerges(
  rules: AliasRules,
  entities: NamedEntity[],
): Array<{ from: NamedEntity; into: NamedEntity }> {
  const norm = (s: string) => s.trim().toLowerCase();
  const vetoed = new Set((rules.veto ?? []).map((v) => `${norm(v.alias)}\u0000${norm(v.canonical)}`));
  const byName = new Map<string, NamedEntity[]>();
  for (const e of entities) byName.set(norm(e.name), [...(byName.get(norm(e.name)) ?? []), e]);
  const out: Array<{ from: NamedEntity; into: NamedEntity }> = [];
  const used = new Set<string>();
  for (const rule of rules.merge ?? []) {
    if (vetoed.has(`${norm(rule.alias)}\u0000${norm(rule.canonical)}`)) continue;
    const targets = byName.get(norm(rule.canonical)) ?? [];
    for (const from of byName.get(norm(rule.alias)) ?? []) {
      if (rule.type && from.type !== rule.type) continue;
      const into = targets.find((t) => t.type === from.type) ?? (rule.type ? undefined : targets[0]);
      if (
        !into ||
        into.id === from.id ||
        used.has(from.id) ||
        (used.has(into.id) && out.some((m) => m.from.id === into.id))
      )
        continue;
      used.add(from.id);
      out.push({ from, into });
    }
  }
  return out;
}
