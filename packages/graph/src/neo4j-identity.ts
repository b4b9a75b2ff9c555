// Entity resolution over Neo4j: each Entity keeps one entry per document (`entries`, what that document
// said: name, type vote, aliases, how it was resolved) and the derived `name`, `type` (and type label),
// `aliases`, `keys` and `lookup` (the keys as one delimited string). A name key is found through its
// (:LookupKey {key})-[:KEY_OF]->(:Entity) link (a unique-constraint seek) and its slug family (a range of the
// id constraint), so a node is linked only to name keys outside its own family ("n:barack obama" finds
// `barack-obama` by its id; a LookupKey node and a link for each of those was a third of a load's server CPU);
// the id key is the node's own id, and a new name's id family a range. Written inside the import's
// transaction, after the entities are locked.
import { ENTITY_TYPES } from '@kg/extractor/names';
import type { ManagedTransaction } from 'neo4j-driver';
import { voteType } from './derive-node.js';
import { decodeEntry, derivedProps, FIELD, ITEM, nameKeySlug, nameKeysOf } from './entity-entries.js';
import type { IdentityNode } from './doctor-report.js';
import { num } from './neo4j-values.js';
import type { CandidateLookup, StoredNode } from './resolve-entities.js';
import { countEntries } from './node-index.js';
import { safeTypeLabel } from './rel-type.js';
import { key } from './node-keys.js';
import { batchParam, KEEP_PLAN } from './neo4j-batch-param.js';

/**
 * Stored nodes holding any of the lookup's keys or ids of its slugs' families, with all their keys. An id
 * key names the node's own id (an unnamed node's); a family is one range seek on the id constraint (the
 * slug and its numbered forms: newId must see them all); the name keys are seeks on the LookupKey
 * constraint. (They were `lookup CONTAINS` searches of a text index: over 40% of a Neo4j load of the
 * Wikinews corpus, about ten times the cost of these seeks; then six id seeks per name, `slug` … `slug-6`.)
 */
export async function neo4jCandidates(tx: ManagedTransaction, lookup: CandidateLookup): Promise<StoredNode[]> {
  const idKey = key.id('');
  // Ids sort `slug`, `slug-10`, `slug-2`, …, all below `slug-:` (':' follows the digits); the range also
  // holds `slug-2-…` and the like, which the pattern leaves out. Every id in the range starts with the slug,
  // so one pattern on the rest picks the slug itself (empty rest) and its numbered forms: written as
  // `e.id = s OR …`, the planner split it into an exact seek and a range seek per slug, then a Distinct.
  // (EXPLAIN: one NodeUniqueIndexSeekByRange.)
  const res = await tx.run(
    `${KEEP_PLAN} CALL {
       UNWIND $batch.ids AS id MATCH (e:Entity {id: id}) RETURN e
       UNION
       UNWIND $batch.slugs AS s MATCH (e:Entity) WHERE e.id >= s AND e.id < s + '-:'
         AND substring(e.id, size(s)) =~ '(-[0-9]+)?' RETURN e
       UNION
       UNWIND $batch.keys AS k MATCH (:LookupKey {key: k})-[:KEY_OF]->(e:Entity) RETURN e
     }
     WITH DISTINCT e RETURN collect([e.id, e.name, e.type, coalesce(e.keys, []), coalesce(e.entries, [])]) AS nodes`,
    {
      batch: {
        ids: lookup.keys.filter((k) => k.startsWith(idKey)).map((k) => k.slice(idKey.length)),
        // Every name key's family too: a node is not linked to the name keys of its own family (nameKeysOf).
        slugs: [...new Set([...lookup.slugs, ...lookup.keys.map(nameKeySlug).filter((s) => s !== null)])],
        keys: lookup.keys.filter((k) => !k.startsWith(idKey)),
      },
    },
  );
  // One record holding every node: the server's cost of a record, not of its bytes, dominated a row each.
  const nodes = (res.records[0]?.get('nodes') ?? []) as Array<[string, string, string, string[], string[]]>;
  // With their entries, counted (countEntries): a batch re-derives a node after each of its documents
  // (NodeIndex.addDocument), so what a later document resolves against does not depend on the batch size.
  return nodes.map(([id, name, type, keys, entries]) => ({
    id,
    name,
    type,
    entries: countEntries([], entries.map(decodeEntry)),
    keys: new Map(
      keys.map((k) => {
        const [key, docs] = k.split(FIELD);
        return [key, docs ? docs.split(ITEM) : []] as [string, string[]];
      }),
    ),
  }));
}

export const TYPE_LABELS = ENTITY_TYPES.map(safeTypeLabel).filter((l): l is string => l !== null);

/**
 * Cypher setting node `e`'s type label to the one named by expression `label` where `when` holds (a label
 * cannot be a parameter before Neo4j 5.26): one FOREACH per known label, each entered by its rows only.
 */
export const setTypeLabels = (label: string, when = 'true') =>
  TYPE_LABELS.map(
    (l) => `FOREACH (_ IN CASE WHEN ${when} AND ${label} = '${l}' THEN [1] ELSE [] END | SET e:${l})`,
  ).join('\n  ');
// The node's KEY_OF links follow its keys by difference: the keys it lost are unlinked, the new ones linked
// (and their LookupKey nodes made); a LookupKey left without links stays (it finds nothing). Relinking every
// key of every node a batch touched was the import's second most costly statement.
// An import has the elementIds of the nodes it locked: an elementId seek then replaces a locking index seek.
const BY_ID = 'MATCH (e:Entity {id: row.id})';
const BY_ELEMENT_ID = 'MATCH (e:Entity) WHERE elementId(e) = $prefix + row.eid';
// row.props holds only what changes: entries unless the caller stored them already, keys and lookup only
// when the keys differ from the stored ones (a node seen again mostly keeps them; resending every entry and
// key of every node a batch touched was most of a load's bytes).
const setDerived = (label: string, match: string) => `${KEEP_PLAN} UNWIND $batch.rows AS row ${match}
  REMOVE e:${TYPE_LABELS.join(':')}
  SET ${label}e += row.props`;
const LINK_KEYS = `WITH e, row
  CALL (e, row) { UNWIND row.unlink AS k MATCH (:LookupKey {key: k})-[r:KEY_OF]->(e) DELETE r }
  CALL (e, row) { UNWIND row.link AS k MERGE (x:LookupKey {key: k}) MERGE (x)-[:KEY_OF]->(e) }`;
// The known types' rows in one statement (a label cannot be a parameter before Neo4j 5.26): each row's type
// label is set by the FOREACH its label selects. A batch used to run one statement per label.
const setDerivedKnown = (match: string) => `${setDerived('', match)}
  ${setTypeLabels('row.label')}
  ${LINK_KEYS}`;
const SET_DERIVED_KNOWN = { [BY_ID]: setDerivedKnown(BY_ID), [BY_ELEMENT_ID]: setDerivedKnown(BY_ELEMENT_ID) };

/** A node to re-derive: its entries now, and its `keys` as stored before this write (null: it has none). */
export interface DerivedInput {
  id: string;
  entries: string[];
  keys: string[] | null;
  /** The store holds these entries already, sorted (as derivedProps sorts them): they are not written again. */
  entriesStored?: boolean;
}

const sameList = (a: string[] | null, b: string[]) =>
  a !== null && a.length === b.length && a.every((x, i) => x === b[i]);

/** The elementIds of locked nodes: `prefix` + `ref(id)` (as writeDocuments' EntityRefs keeps them). */
export interface ElementRefs {
  prefix: string;
  get(id: string): string | undefined;
}

/**
 * Sets each node's derived properties, type label and KEY_OF links from its entries (ids with no entries are
 * left alone). The links are changed by the difference between the stored keys and the new ones, which
 * every writer of `keys` keeps exact by coming here. With `refs` (holding every node), nodes are found by
 * elementId.
 */
export async function writeDerived(tx: ManagedTransaction, nodes: DerivedInput[], refs?: ElementRefs): Promise<void> {
  const byElementId = refs !== undefined && nodes.every((n) => refs.get(n.id) !== undefined);
  const match = byElementId ? BY_ELEMENT_ID : BY_ID;
  const byLabel = new Map<string, unknown[]>([['', []]]);
  // Entities in id order (as writeDocuments locks them), keys sorted: fewer lock-order conflicts between
  // importers linking the same keys (a deadlock Neo4j detects is retried by executeWrite).
  const sorted = [...nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const { id, entries, keys, entriesStored } of sorted) {
    if (!entries.length) continue;
    const row = derivedProps(id, entries);
    const props: Record<string, unknown> = { name: row.name, type: row.type, aliases: row.aliases };
    if (!entriesStored) props.entries = row.entries;
    if (!sameList(keys, row.keys)) Object.assign(props, { keys: row.keys, lookup: row.lookup });
    const label = safeTypeLabel(row.type) ?? '';
    // Another type (none the extractor gives) keeps its own statement.
    const group = TYPE_LABELS.includes(label) ? '' : label;
    if (!byLabel.has(group)) byLabel.set(group, []);
    const now = new Set(nameKeysOf(row.keys, id));
    const was = new Set(nameKeysOf(keys ?? [], id));
    const link = [...now].filter((k) => !was.has(k)).sort();
    const unlink = [...was].filter((k) => !now.has(k)).sort();
    byLabel.get(group)!.push({ props, label, link, unlink, ...(byElementId ? { eid: refs.get(id) } : { id }) });
  }
  const extra = byElementId ? { prefix: refs.prefix } : {};
  for (const [label, rows] of byLabel)
    if (rows.length)
      await tx.run(
        label ? `${setDerived(`e:${label}, `, match)}\n  ${LINK_KEYS}` : SET_DERIVED_KNOWN[match],
        batchParam(rows, extra),
      );
}

/** A record with `id`, `entries` and `keys` (the stored keys, possibly null) as writeDerived takes it. */
export function derivedInput(r: { get(k: string): unknown }): DerivedInput {
  return { id: r.get('id') as string, entries: r.get('entries') as string[], keys: r.get('keys') as string[] | null };
}

/** Re-derives the given nodes from their stored entries. */
export async function refreshNodes(tx: ManagedTransaction, ids: string[]): Promise<void> {
  if (!ids.length) return;
  const res = await tx.run(
    'UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e.id AS id, coalesce(e.entries, []) AS entries, e.keys AS keys',
    { ids },
  );
  await writeDerived(tx, res.records.map(derivedInput));
}

/** Every node with its type votes, own names, degree and documents (for doctorReport). */
export async function neo4jIdentityNodes(tx: ManagedTransaction): Promise<IdentityNode[]> {
  const res = await tx.run(
    `MATCH (e:Entity)
     RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases,
       coalesce(e.entries, []) AS entries, [k IN coalesce(e.keys, []) WHERE k STARTS WITH 'n:'] AS names,
       COUNT { (e)--(:Entity) } AS degree`,
  );
  return res.records.map((r) => {
    const entries = (r.get('entries') as string[]).map(decodeEntry);
    return {
      id: r.get('id') as string,
      name: r.get('name') as string,
      type: r.get('type') as string,
      aliases: r.get('aliases') as string[],
      votes: voteType(entries).votes,
      names: (r.get('names') as string[]).map((k) => k.split(FIELD)[0].slice(2)),
      degree: num(r.get('degree')),
      documents: new Set(entries.map((e) => e.doc)).size,
    };
  });
}
