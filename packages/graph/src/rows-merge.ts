// Rewriting one document's rows so some entities become others (graph-level resolution, alias merges):
// entities that land on one id become one row (names kept as aliases, a strong type over a guess),
// mentions, relations and claims follow, self-loops and duplicates dropped.
import { swapClaimEntities } from './claim-rows.js';
import type { DocRows, EntityRow, RelationRow } from './doc-rows.js';
import { SHORT_FORM_RULES } from './derive-node.js';
import { nameWords } from './node-keys.js';

export interface RowTarget {
  id: string;
  /** Set by resolution: the rule and the documents that supported it. */
  rule?: string;
  because?: string[];
  /** Name and type to take when no entity of the document already has the target id. */
  name?: string;
  type?: string;
}

/** Entity `from` → `into` for every id in `targets` (others stay). */
export function mergeRowsInto(rows: DocRows, targets: Map<string, RowTarget>): DocRows {
  const groups = new Map<string, Array<{ e: EntityRow; t?: RowTarget }>>();
  for (const e of rows.entities) {
    const t = targets.get(e.id);
    const id = t?.id ?? e.id;
    groups.set(id, [...(groups.get(id) ?? []), { e, t }]);
  }
  const entities: EntityRow[] = [];
  for (const [id, members] of groups) {
    // The row that names the node best: one that kept its id, else a full name over a short form.
    const rank = ({ e, t }: { e: EntityRow; t?: RowTarget }) =>
      (e.id === id ? 1e4 : 0) + (SHORT_FORM_RULES.has(t?.rule ?? '') ? 0 : 100) + nameWords(e.name).length;
    const primary = members.reduce((a, b) => (rank(b) > rank(a) ? b : a));
    const renamed = primary.e.id !== id && primary.t?.name !== undefined;
    const name = renamed ? primary.t!.name! : primary.e.name;
    const strong = members.find((m) => m.e.strong);
    const type = renamed && primary.t?.type ? primary.t.type : (strong ?? primary).e.type;
    const aliases = new Set(members.flatMap(({ e }) => [e.name, ...e.aliases]));
    aliases.delete(name);
    const row: EntityRow = { id, name, type, strong: !!strong, aliases: [...aliases].sort() };
    const rule = primary.t?.rule ?? primary.e.rule;
    if (rule !== undefined) row.rule = rule;
    const because = primary.t?.because ?? primary.e.because;
    if (because !== undefined) row.because = because;
    entities.push(row);
  }
  const swap = (id: string) => targets.get(id)?.id ?? id;
  const mk = new Set<string>();
  const mentions = rows.mentions
    .map((m) => ({ ...m, entityId: swap(m.entityId) }))
    .filter((m) => !mk.has(`${m.sentenceId}\u0000${m.entityId}`) && mk.add(`${m.sentenceId}\u0000${m.entityId}`));
  const swapRelations = (list: RelationRow[]) => {
    const rk = new Set<string>();
    return list
      .map((r) => ({ ...r, source: swap(r.source), target: swap(r.target), ...(r.by ? { by: swap(r.by) } : {}) }))
      .filter((r) => r.source !== r.target)
      .filter((r) => {
        const k = `${r.source}|${r.type}|${r.target}\u0000${r.sentenceId}`;
        return !rk.has(k) && !!rk.add(k);
      });
  };
  const out: DocRows = {
    ...rows,
    entities,
    mentions,
    relations: swapRelations(rows.relations),
    claims: swapClaimEntities(rows.claims ?? [], swap),
  };
  if (rows.denials) out.denials = swapRelations(rows.denials);
  return out;
}

/** One document's rows with entity `from` folded into `into` (an alias merge). */
export function mergeEntityInRows(
  rows: DocRows,
  fromId: string,
  into: { id: string; name: string; type: string },
): DocRows {
  if (!rows.entities.some((e) => e.id === fromId)) return rows;
  return mergeRowsInto(
    rows,
    new Map([[fromId, { id: into.id, name: into.name, type: into.type, rule: 'alias-file', because: [] }]]),
  );
}
