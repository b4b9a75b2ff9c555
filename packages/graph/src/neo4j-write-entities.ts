// The batch's entities in one statement (writeDocuments' round 1): each is MERGEd by id and write-locked, and
// the batch's entries are inserted into its sorted `entries`. An entity the batch creates also gets its
// derived properties, type label and key links in the same statement (the caller names the stored nodes it
// resolved against; any other id is expected to be new), so only entities that were stored go through
// writeDerived afterwards: a second statement finding and writing every new entity again was a fifth of a
// load's server time. Whether a node was created is read in the statement, never assumed: a row expected to
// be new whose node another importer created meanwhile takes the stored path.
import type { DocRows } from './doc-rows.js';
import { derivedProps, encodeEntry, entryPrefix, nameKeysOf } from './entity-entries.js';
import { KEEP_PLAN } from './neo4j-batch-param.js';
import { setTypeLabels, TYPE_LABELS } from './neo4j-identity.js';
import { safeTypeLabel } from './rel-type.js';

/** An entity of the batch: its id, each document's entry (sorted) and those documents' entry prefixes. */
export interface BatchEntity {
  id: string;
  entries: string[];
  prefixes: string[];
}

/** The batch's entities, once each, with each document's entry (derive-node.ts) and the documents giving them. */
export function batchEntities(docs: DocRows[]): BatchEntity[] {
  const entities = new Map<string, BatchEntity>();
  for (const d of docs) {
    for (const e of d.entities) {
      const row = entities.get(e.id) ?? { id: e.id, entries: [], prefixes: [] };
      const entry = { ...e, doc: d.doc.id, rule: e.rule ?? 'new', because: e.because ?? [] };
      row.entries.push(encodeEntry(entry));
      row.prefixes.push(entryPrefix(d.doc.id));
      entities.set(e.id, row);
    }
  }
  // Each entity's new entries sorted, as the statement inserts them into the stored sorted list.
  for (const row of entities.values()) row.entries.sort();
  // In a fixed order, so importers locking overlapping entities queue rather than deadlock.
  return [...entities.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/**
 * Rows [id, prefixes, entries] for entities in `stored` (all of them when it is undefined); for any other,
 * [id, prefixes, entries, {name, type, aliases, keys, lookup}, type label, name keys to link] — unless its
 * type has no label of the extractor's types (writeDerived gives those a statement of their own).
 */
export function entityWriteRows(rows: BatchEntity[], stored?: ReadonlySet<string>): unknown[][] {
  return rows.map(({ id, entries, prefixes }) => {
    if (!stored || stored.has(id)) return [id, prefixes, entries];
    const d = derivedProps(id, entries);
    const label = safeTypeLabel(d.type);
    if (label === null || !TYPE_LABELS.includes(label)) return [id, prefixes, entries];
    const props = { name: d.name, type: d.type, aliases: d.aliases, keys: d.keys, lookup: d.lookup };
    return [id, prefixes, entries, props, label, [...new Set(nameKeysOf(d.keys, id))].sort()];
  });
}

/**
 * Returns one record: `entities`, [id, elementId] for each entity written whole here and [id, elementId, stored
 * keys, its other stored entries] for the others (for writeDerived), and `created`, the nodes it created. A
 * node is new when it has nothing but its id and the Entity label (MERGE gave it no more); a replaced
 * document's earlier entry is dropped from the stored list. A new node has no KEY_OF link that could exist
 * already, so its links are CREATEd.
 */
export const WRITE_ENTITIES = `${KEEP_PLAN} UNWIND $batch.rows AS row
  MERGE (e:Entity {id: row[0]})
  SET e:Entity
  WITH e, row, size(keys(e)) = 1 AND size(labels(e)) = 1 AS created
  WITH e, row, created, created AND row[3] IS NOT NULL AS whole,
    [x IN coalesce(e.entries, []) WHERE none(p IN row[1] WHERE x STARTS WITH p)] AS kept
  SET e.entries = reduce(acc = kept, x IN row[2] | [y IN acc WHERE y < x] + x + [y IN acc WHERE y >= x])
  FOREACH (_ IN CASE WHEN whole THEN [1] ELSE [] END | SET e += row[3])
  ${setTypeLabels('row[4]', 'whole')}
  FOREACH (k IN CASE WHEN whole THEN row[5] ELSE [] END | MERGE (x:LookupKey {key: k}) CREATE (x)-[:KEY_OF]->(e))
  RETURN collect(CASE WHEN whole THEN [row[0], elementId(e)] ELSE [row[0], elementId(e), e.keys, kept] END) AS entities,
    sum(CASE WHEN created THEN 1 ELSE 0 END) AS created`;
