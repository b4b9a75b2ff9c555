// planDiff(): what importing some documents would change (new entities and relations, merges into
// stored entities, new/changed/unchanged documents, the claims written), given lookups into what a store holds.
import { edgeId, type DocRows } from './doc-rows.js';
import type { ImportDiff } from './types.js';

/** What importing `incoming` would change, given lookups into what is stored. */
export function planDiff(
  incoming: DocRows[],
  lookup: {
    hasEntity: (id: string) => boolean;
    hasEdge: (id: string) => boolean;
    docHash: (id: string) => string | undefined;
  },
): ImportDiff {
  const diff: ImportDiff = { newEntities: [], newRelations: [], merges: [], documents: [], claims: [] };
  const seenE = new Set<string>();
  const seenR = new Set<string>();
  for (const rows of incoming) {
    const hash = lookup.docHash(rows.doc.id);
    const status = hash === undefined ? 'new' : hash === rows.doc.hash ? 'unchanged' : 'changed';
    diff.documents.push({ id: rows.doc.id, status });
    // An unchanged document keeps its stored claims; a new or changed one writes all of its own.
    const names = new Map(rows.entities.map((e) => [e.id, e.name]));
    if (status !== 'unchanged')
      for (const c of rows.claims ?? [])
        diff.claims.push({
          id: c.id,
          document: rows.doc.id,
          speaker: c.speaker,
          speakerName: names.get(c.speaker) ?? c.speaker,
          verb: c.verb,
          text: c.text,
          quote: c.quote,
        });
    for (const e of rows.entities) {
      if (seenE.has(e.id)) continue;
      seenE.add(e.id);
      (lookup.hasEntity(e.id) ? diff.merges : diff.newEntities).push({ id: e.id, name: e.name, type: e.type });
    }
    for (const r of rows.relations) {
      const id = edgeId(r.source, r.type, r.target);
      if (seenR.has(id) || lookup.hasEdge(id)) continue;
      seenR.add(id);
      diff.newRelations.push({ id, source: r.source, target: r.target, type: r.type });
    }
  }
  return diff;
}
