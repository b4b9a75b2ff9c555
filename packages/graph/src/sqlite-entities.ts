// The embedded store's entity rows, derived from every document's entry (derive-node.ts): name, type,
// aliases, lookup keys (entity_keys), search terms and mention counts. A document's write refreshes every
// entity it names with a few set-based statements (ids and rows passed as one JSON array each): a statement
// per entity and per key, term and count was most of an embedded import's loading CPU, each call costing
// more than the row it wrote (profiled on the Wikinews corpus).
import { deriveNode, KEY_DOCS, type NodeEntry } from './derive-node.js';
import type { Db } from './sqlite-schema.js';
import { searchTerms } from './sqlite-search.js';
import { statement } from './sqlite-statement.js';

const json = (xs: unknown[]) => JSON.stringify(xs);
/** `IN` over the ids of a JSON array parameter (planned as one index seek per id). */
const IDS = '(SELECT value FROM json_each(?))';

/** Recomputes the touched entities and their lookup keys from the entries that remain (deleting those no document has). */
export function refreshEntities(db: Db, touched: Iterable<string>): void {
  const ids = [...new Set(touched)];
  if (!ids.length) return;
  const entries = sqliteEntryGroupsOf(db, ids);
  const list = json(ids);
  statement(db, `DELETE FROM entity_keys WHERE entity_id IN ${IDS}`).run(list);
  statement(db, `DELETE FROM search_terms WHERE entity_id IN ${IDS}`).run(list);
  statement(db, `DELETE FROM entities WHERE id IN ${IDS}`).run(json(ids.filter((id) => !entries.has(id))));
  const rows: unknown[][] = [];
  const keys: string[][] = [];
  const terms: string[][] = [];
  for (const [id, of] of entries) {
    const node = deriveNode(id, of);
    rows.push([id, node.name, node.type, JSON.stringify(node.aliases)]);
    for (const t of searchTerms([node.name, ...node.aliases])) terms.push([t, id]);
    for (const [k, docs] of node.keys) keys.push([k, id, JSON.stringify(docs)]);
  }
  // `WHERE true`: an upsert's SELECT must not end where ON CONFLICT could be read as a join's ON.
  statement(
    db,
    `INSERT INTO entities (id, name, type, aliases)
       SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3 FROM json_each(?) WHERE true
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type, aliases = excluded.aliases`,
  ).run(json(rows));
  statement(
    db,
    'INSERT OR IGNORE INTO search_terms (term, entity_id) SELECT value ->> 0, value ->> 1 FROM json_each(?)',
  ).run(json(terms));
  statement(
    db,
    'INSERT INTO entity_keys (key, entity_id, docs) SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?)',
  ).run(json(keys));
}

/** Sets each entity's mention count from its mention rows. */
export function countMentions(db: Db, ids: Iterable<string>): void {
  statement(
    db,
    `UPDATE entities SET mentions = (SELECT count(*) FROM mentions WHERE entity_id = entities.id) WHERE id IN ${IDS}`,
  ).run(json([...new Set(ids)]));
}

/**
 * What the documents said about each entity of `ids` (those no document names are left out), one entry per
 * distinct statement (name, type, strength, aliases, rule) with how many documents made it and the first
 * three of them (deriveNode's counted entries), in order of their first document id: what deriveNode needs
 * of a hub named by thousands of documents, grouped in SQLite.
 */
export function sqliteEntryGroupsOf(db: Db, ids: string[]): Map<string, NodeEntry[]> {
  const rows = statement(
    db,
    `SELECT id, min(doc) AS doc, name, type, strong, aliases, rule, count(*) AS count,
         json_group_array(doc) FILTER (WHERE n <= ${KEY_DOCS}) AS docs
       FROM (SELECT e.entity_id AS id, d.id AS doc, e.name, e.type, e.strong, e.aliases, e.rule,
               row_number() OVER (PARTITION BY e.entity_id, e.name, e.type, e.strong, e.aliases, e.rule ORDER BY d.id) AS n
             FROM doc_entities e JOIN documents d ON d.seq = e.doc_seq WHERE e.entity_id IN ${IDS})
       GROUP BY id, name, type, strong, aliases, rule ORDER BY id, min(doc)`,
  ).all(json(ids)) as Array<{
    id: string;
    doc: string;
    name: string;
    type: string;
    strong: number;
    aliases: string;
    rule: string;
    count: number;
    docs: string;
  }>;
  const out = new Map<string, NodeEntry[]>();
  for (const { id, ...r } of rows) {
    const entry = {
      ...r,
      strong: r.strong === 1,
      aliases: JSON.parse(r.aliases) as string[],
      because: [],
      docs: JSON.parse(r.docs) as string[],
    };
    const list = out.get(id);
    if (list) list.push(entry);
    else out.set(id, [entry]);
  }
  return out;
}
