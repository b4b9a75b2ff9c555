// mergeEntityInRows(): rewrite one document's rows so entity `from` becomes `into` (mentions and
// relations follow, self-loops and duplicates dropped, the old name kept as an alias).
import type { DocRows } from './doc-rows.js';

export function mergeEntityInRows(
  rows: DocRows,
  fromId: string,
  into: { id: string; name: string; type: string },
): DocRows {
  const from = rows.entities.find((e) => e.id === fromId);
  if (!from) return rows;
  const entities = rows.entities.filter((e) => e.id !== fromId && e.id !== into.id);
  const existing = rows.entities.find((e) => e.id === into.id);
  const aliases = new Set([...(existing?.aliases ?? []), ...from.aliases, from.name]);
  aliases.delete(into.name);
  entities.push({
    id: into.id,
    name: existing?.name ?? into.name,
    type: existing?.type ?? into.type,
    aliases: [...aliases].sort(),
  });
  const swap = (id: string) => (id === fromId ? into.id : id);
  const mk = new Set<string>();
  const mentions = rows.mentions
    .map((m) => ({ ...m, entityId: swap(m.entityId) }))
    .filter((m) => !mk.has(`${m.sentenceId}\u0000${m.entityId}`) && mk.add(`${m.sentenceId}\u0000${m.entityId}`));
  const rk = new Set<string>();
  const relations = rows.relations
    .map((r) => ({ ...r, source: swap(r.source), target: swap(r.target) }))
    .filter((r) => r.source !== r.target)
    .filter((r) => {
      const k = `${r.source}|${r.type}|${r.target}\u0000${r.sentenceId}`;
      return !rk.has(k) && !!rk.add(k);
    });
  return { ...rows, entities, mentions, relations };
}
