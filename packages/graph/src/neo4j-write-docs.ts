// writeDocuments(): loads documents that are new or already cleared of their old evidence, and whose
// nodes the caller has locked (importBatch). Few statements, each an UNWIND over the whole batch, in
// two rounds. Round 1: document properties and the entities (neo4j-write-entities.ts: MERGE, the batch's
// entries inserted into each sorted list, new entities written whole), which return each entity's elementId
// and, for those that were stored, their other entries and keys; then those entities' derived properties and
// changed key links in one write.
// Round 2: sentences with HAS_SENTENCE and MENTIONS_ENTITY in one pass, their claims, and relationships
// (those of the extractor's types in one statement, any other type in one of its own), finding entities by
// elementId: a unique-index seek per mention and per relationship end was the largest single cost of a load.
// A document's sentences cannot exist yet, so they are CREATEd; entities are shared between documents and
// importers, so they are MERGEd and write-locked (SET e:Entity); relationships between those locked entities
// are looked up once and created or extended (addSupportAllCypher, addSupportCypher).
import type { StoreTotals } from './import-summary.js';
import type { ManagedTransaction, Result } from 'neo4j-driver';
import { edgeId, outletId, type DocRows } from './doc-rows.js';
import { WriteDocumentsError } from './errors.js';
import { claimWriteRows, WRITE_CLAIMS } from './neo4j-claim-write.js';
import { denialWriteRows, WRITE_DENIALS } from './neo4j-denials.js';
import { FALLBACK_TYPE, PREDICATE_VOCABULARY } from '@kg/extractor/names';
import { addSupportAllCypher, addSupportCypher, deriveFromSupport, encodeSupport, SEP } from './neo4j-support.js';
import { num } from './neo4j-values.js';
import { isSafeRelType } from './rel-type.js';
import { writeDerived } from './neo4j-identity.js';
import { batchParam, KEEP_PLAN } from './neo4j-batch-param.js';
import { batchEntities, entityWriteRows, WRITE_ENTITIES } from './neo4j-write-entities.js';

export { batchParam, KEEP_PLAN };

// The extractor's relation types share one statement (addSupportAllCypher); any other type keeps its own.
const KNOWN_REL_TYPES = new Set([...PREDICATE_VOCABULARY.map((p) => p.type), FALLBACK_TYPE].filter(isSafeRelType));
const ADD_SUPPORT_KNOWN = `${KEEP_PLAN} ${addSupportAllCypher([...KNOWN_REL_TYPES])}`;

const isSorted = (list: string[]) => list.every((x, i) => i === 0 || list[i - 1] <= x);

function groupBy<T>(items: Iterable<T>, key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return m;
}

/** The batch's relationships by type, one row per relationship carrying all its new support items. */
function batchRelations(docs: DocRows[]): Map<string, Array<{ source: string; target: string; support: string[] }>> {
  const rels = new Map<string, { source: string; target: string; type: string; support: string[] }>();
  for (const d of docs) {
    // The article's date, never the import's: an undated document does not date its relations.
    const date = d.doc.date ?? '';
    const outlet = d.doc.outlet ? outletId(d.doc.outlet) : '';
    for (const r of d.relations) {
      const id = edgeId(r.source, r.type, r.target);
      const rel = rels.get(id) ?? { source: r.source, target: r.target, type: r.type, support: [] };
      rel.support.push(encodeSupport(r, date, outlet));
      rels.set(id, rel);
    }
  }
  const byType = groupBy(rels.values(), (r) => r.type);
  // Only checked names are spliced; toDocRows already mapped anything else to RELATED_TO.
  for (const type of byType.keys()) {
    if (!isSafeRelType(type))
      throw new WriteDocumentsError(`writeDocuments: expected a safe relationship type, got ${JSON.stringify(type)}`);
  }
  return byType;
}

/**
 * Entity id → elementId. Rows carry elementIds without the prefix they all share (in practice the
 * database's part), which the statement adds back: the exact strings the server gave, at a fraction
 * of the bytes the driver has to encode.
 */
class EntityRefs {
  private readonly eid = new Map<string, string>();
  prefix = '';
  has(id: string): boolean {
    return this.eid.has(id);
  }
  addAll(rows: Array<{ id: string; eid: string }>): void {
    for (const r of rows) this.eid.set(r.id, r.eid);
    let prefix: string | null = null;
    for (const e of this.eid.values()) {
      if (prefix === null) prefix = e;
      else while (!e.startsWith(prefix)) prefix = prefix.slice(0, -1);
    }
    this.prefix = prefix ?? '';
  }
  /** The elementId of entity `id` minus the shared prefix, or undefined when it is not in the store. */
  get(id: string): string | undefined {
    return this.eid.get(id)?.slice(this.prefix.length);
  }
}

/**
 * Writes the documents (assumed new or already cleared of old evidence, and locked by the caller); returns the
 * entities, entity relations and claims it created (each statement's counters count one kind only). `stored`:
 * the ids of the stored nodes the documents were resolved against (entityWriteRows); without it every entity
 * goes through writeDerived.
 */
export async function writeDocuments(
  tx: ManagedTransaction,
  docs: DocRows[],
  stored?: ReadonlySet<string>,
): Promise<StoreTotals> {
  const relations = batchRelations(docs); // validates before anything is sent
  // Statements within a round are sent without waiting for each other: the server runs them in order
  // while the driver is still encoding the next one's parameters.
  const round1: Array<Promise<Result> | Result> = [
    tx.run(
      `${KEEP_PLAN} UNWIND $batch.rows AS row
     MERGE (d:Document {id: row.id})
     SET d.title = row.title, d.source = row.source, d.date = row.date, d.hash = row.hash, d.importedAt = row.importedAt
     WITH d, row
     OPTIONAL MATCH (d)-[old:PUBLISHED_BY]->()
     DELETE old
     WITH DISTINCT d, row WHERE row.outlet IS NOT NULL
     MERGE (o:Outlet {id: row.outlet.id})
     ON CREATE SET o.name = row.outlet.name, o.domain = row.outlet.domain
     // The first name seen is kept, except a bare domain, which the outlet's own name replaces.
     ON MATCH SET o.name = CASE WHEN o.name = o.domain AND row.outlet.name <> row.outlet.domain THEN row.outlet.name ELSE o.name END
     MERGE (d)-[:PUBLISHED_BY]->(o)`,
      batchParam(
        docs.map(({ doc: { outlet, ...d } }) => ({
          title: null,
          source: null,
          date: null,
          ...d,
          outlet: outlet ? { id: outletId(outlet), name: outlet.name, domain: outlet.domain ?? null } : null,
        })),
      ),
    ),
  ];
  // SET e:Entity write-locks every matched entity (created ones are ours anyway): none can be deleted or
  // changed by another importer before this transaction ends, so the elementIds, entries and keys read here
  // stay valid. Entities written whole by that statement are done; writeDerived writes the others' derived
  // properties from their entries.
  const batchRows = batchEntities(docs);
  round1.push(tx.run(WRITE_ENTITIES, batchParam(entityWriteRows(batchRows, stored))));
  const refs = new EntityRefs();
  const [, entities] = await Promise.all(round1);
  // One record holding every entity (a record each cost the server more than the bytes did).
  const locked = (entities.records[0]?.get('entities') ?? []) as Array<[string, string, (string[] | null)?, string[]?]>;
  refs.addAll(locked.map(([id, eid]) => ({ id, eid })));
  const added = new Map(batchRows.map((e) => [e.id, e.entries]));
  await writeDerived(
    tx,
    locked.flatMap(([id, , keys, entries]) =>
      entries === undefined
        ? []
        : [
            {
              id,
              keys: keys ?? null,
              entries: [...entries, ...(added.get(id) ?? [])],
              // Stored entries in an order of their own (none this code writes) get the list rewritten sorted.
              entriesStored: isSorted(entries),
            },
          ],
    ),
    refs,
  );
  // Hand-built rows may refer to stored entities they do not list: find (and lock) those by id.
  const referenced = new Set(docs.flatMap((d) => d.mentions.map((m) => m.entityId)));
  for (const r of [...relations.values()].flat()) referenced.add(r.source).add(r.target);
  for (const c of docs.flatMap((d) => d.claims ?? [])) for (const id of [c.speaker, ...c.about]) referenced.add(id);
  const others = [...referenced].filter((id) => !refs.has(id));
  if (others.length)
    refs.addAll(
      (
        await tx.run(
          'UNWIND $batch.rows AS id MATCH (e:Entity {id: id}) SET e:Entity RETURN id, elementId(e) AS eid',
          batchParam(others),
        )
      ).records.map((r) => ({ id: r.get('id') as string, eid: r.get('eid') as string })),
    );

  // Mentions of entities missing from the store are dropped, as a MATCH by id would drop them.
  let mentions = 0;
  const sentenceDocs = docs.map((d) => {
    const byId = new Map(d.sentences.map((s) => [s.id, { s, mentions: new Set<string>() }]));
    for (const m of d.mentions) {
      const at = refs.get(m.entityId);
      if (at !== undefined) byId.get(m.sentenceId)?.mentions.add(at);
    }
    // Rows are tuples rather than maps: the driver would otherwise encode every key of every row.
    const sentences = [...byId.values()].map(({ s, mentions: ms }) => [s.id, s.index, s.text, s.start, s.end, [...ms]]);
    for (const { mentions: ms } of byId.values()) mentions += ms.size;
    return [d.doc.id, sentences];
  });
  const round2: Array<{ what: string; expected: number; result: Promise<Result> | Result }> = [
    {
      what: 'mentions',
      expected: mentions,
      result: tx.run(
        `${KEEP_PLAN} UNWIND $batch.rows AS doc
       MATCH (d:Document {id: doc[0]})
       UNWIND doc[1] AS row
       CREATE (d)-[:HAS_SENTENCE]->(s:Sentence {id: row[0], index: row[1], text: row[2], start: row[3], end: row[4], documentId: doc[0]})
       WITH s, row
       UNWIND row[5] AS m
       MATCH (e:Entity) WHERE elementId(e) = $prefix + m
       CREATE (s)-[:MENTIONS_ENTITY]->(e)
       RETURN count(*) AS n`,
        batchParam(sentenceDocs, { prefix: refs.prefix }),
      ),
    },
  ];
  const denials = denialWriteRows(docs);
  if (denials.length)
    round2.push({
      what: 'denials',
      expected: denials.length,
      result: tx.run(`${KEEP_PLAN} ${WRITE_DENIALS}`, batchParam(denials)),
    });
  const claims = claimWriteRows(docs, (id) => refs.get(id));
  if (claims.length)
    round2.push({
      what: 'claims',
      expected: claims.length,
      result: tx.run(`${KEEP_PLAN} ${WRITE_CLAIMS}`, batchParam(claims, { prefix: refs.prefix })),
    });
  const known: unknown[][] = [];
  for (const [type, list] of relations) {
    const rows = list.flatMap((r) => {
      const a = refs.get(r.source);
      const b = refs.get(r.target);
      if (a === undefined || b === undefined) return [];
      const { support, evidence, phrases, firstSeen, lastSeen, documents, outlets } = deriveFromSupport(r.support);
      const id = edgeId(r.source, type, r.target);
      return [[a, b, support, evidence, phrases, firstSeen, lastSeen, id, documents, outlets]];
    });
    if (KNOWN_REL_TYPES.has(type)) {
      for (const row of rows) known.push([...row, type]);
      continue;
    }
    round2.push({
      what: `${type} relationships`,
      expected: rows.length,
      result: tx.run(`${KEEP_PLAN} ${addSupportCypher(type)}`, batchParam(rows, { prefix: refs.prefix, sep: SEP })),
    });
  }
  if (known.length)
    round2.push({
      what: 'relationships',
      expected: known.length,
      result: tx.run(ADD_SUPPORT_KNOWN, batchParam(known, { prefix: refs.prefix, sep: SEP })),
    });
  const done = await Promise.all(round2.map((s) => s.result));
  // Every entity was locked above, so each row must have found its nodes; anything else is a bug.
  const created: StoreTotals = { entities: num(entities.records[0]?.get('created')), relations: 0, claims: 0 };
  done.forEach((result, i) => {
    const got = num(result.records[0]?.get('n'));
    if (got !== round2[i].expected)
      throw new WriteDocumentsError(`writeDocuments: wrote ${got} ${round2[i].what}, expected ${round2[i].expected}`);
    const updates = result.summary.counters.updates();
    if (round2[i].what === 'claims') created.claims += updates.nodesCreated;
    else if (round2[i].what.endsWith('relationships')) created.relations += updates.relationshipsCreated;
  });
  return created;
}
