// Uniqueness constraints on every key, created before any load (IF NOT EXISTS), so MERGE seeks an index;
// and stores written before the sentence→entity link was renamed, before entity resolution, or before name
// keys were LookupKey nodes, are brought up to date.
import type { Driver } from 'neo4j-driver';
import { derivedMap, SEP } from './neo4j-support.js';
import { FIELD } from './entity-entries.js';
import { key } from './node-keys.js';
import { withLease } from './neo4j-lease.js';

/**
 * (:Sentence)-[:MENTIONS_ENTITY]->(:Entity). It was MENTIONS until the vocabulary's MENTIONS relation
 * ("X mentioned Y") between entities was found sharing the name, which mixed the two in counts.
 */
export const SENTENCE_MENTION_TYPE = 'MENTIONS_ENTITY';

export const SCHEMA_STATEMENTS = [
  'CREATE CONSTRAINT kg_entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
  'CREATE CONSTRAINT kg_document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE',
  'CREATE CONSTRAINT kg_sentence_id IF NOT EXISTS FOR (s:Sentence) REQUIRE s.id IS UNIQUE',
  'CREATE CONSTRAINT kg_claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE',
  'CREATE CONSTRAINT kg_outlet_id IF NOT EXISTS FOR (o:Outlet) REQUIRE o.id IS UNIQUE',
  'CREATE CONSTRAINT kg_store_version_id IF NOT EXISTS FOR (v:StoreVersion) REQUIRE v.id IS UNIQUE',
  // Makes MERGE of a lease race-safe: two processes never both make one (neo4j-lease.ts).
  'CREATE CONSTRAINT kg_lease_id IF NOT EXISTS FOR (l:Lease) REQUIRE l.id IS UNIQUE',
  'CREATE INDEX kg_entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)',
  'CREATE INDEX kg_denial_edge IF NOT EXISTS FOR (x:Denial) ON (x.edgeId)',
  'CREATE INDEX kg_denial_document IF NOT EXISTS FOR (x:Denial) ON (x.documentId)',
  'CREATE CONSTRAINT kg_import_run_id IF NOT EXISTS FOR (r:ImportRun) REQUIRE r.id IS UNIQUE',
  // Name keys of entity resolution: (:LookupKey {key})-[:KEY_OF]->(:Entity) (neo4j-identity.ts).
  'CREATE CONSTRAINT kg_lookup_key IF NOT EXISTS FOR (k:LookupKey) REQUIRE k.key IS UNIQUE',
];

/** Schema of earlier versions that nothing reads any more (and that every write would keep up to date). */
const DROPPED_STATEMENTS = ['DROP INDEX kg_entity_lookup IF EXISTS'];

export async function ensureSchema(driver: Driver, database: string): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) {
    try {
      await driver.executeQuery(statement, {}, { database });
    } catch (err) {
      // Two processes creating the same constraint at once: the loser sees "equivalent … already exists".
      if (
        !/EquivalentSchemaRuleAlreadyExists|already exists/i.test(
          String((err as { code?: string }).code) + (err as Error).message,
        )
      )
        throw err;
    }
  }
  for (const statement of DROPPED_STATEMENTS) await driver.executeQuery(statement, {}, { database });
  await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database });
  // Under a lease: two processes opening one old store at once would each migrate the same rows.
  await withLease(
    driver,
    database,
    MIGRATIONS_ID,
    () => migrated(driver, database),
    () => migrate(driver, database),
  );
}

/** Runs every migration below, then records the level (StoreVersion {id: 'migrations'}). */
async function migrate(driver: Driver, database: string): Promise<void> {
  await renameSentenceMentions(driver, database);
  // Links first: the migration's merges re-derive nodes, which changes their links by difference from their
  // stored keys (neo4j-identity.ts), so those keys must be linked already.
  await linkStoredKeys(driver, database);
  // Loaded here, not with the module: the Cypher export reads SCHEMA_STATEMENTS without neo4j-driver.
  const { migrateEntityEntries } = await import('./neo4j-migrate-entries.js');
  await migrateEntityEntries(driver, database);
  await deriveSources(driver, database);
  const { addCountryKeys } = await import('./neo4j-country-keys.js');
  await addCountryKeys(driver, database);
  await driver.executeQuery(
    `MERGE (v:StoreVersion {id: '${MIGRATIONS_ID}'}) SET v.value = $level`,
    { level: MIGRATION_LEVEL },
    { database },
  );
}

/**
 * The migrations below, as a level the store records once it has run them all (a StoreVersion node): an open
 * of an up-to-date store skips their scans, each of which read every entity or every relationship of the
 * store on every open (and, planned afresh after a load moved the statistics, half a second of a small
 * store's import). Raise it with every migration added here; a store an older version wrote has no level, or
 * a lower one, and is brought up to date. Every write of this version's keeps the store in the current form.
 */
export const MIGRATION_LEVEL = 2;
const MIGRATIONS_ID = 'migrations';

async function migrated(driver: Driver, database: string): Promise<boolean> {
  const { records } = await driver.executeQuery(
    `OPTIONAL MATCH (v:StoreVersion {id: '${MIGRATIONS_ID}'}) RETURN v.value AS level`,
    {},
    { database },
  );
  return Number(records[0]?.get('level') ?? 0) >= MIGRATION_LEVEL;
}

/**
 * Cypher: is name key `k` one the entity `e` is linked to, i.e. not an id key, nor a name key whose slug family
 * (nameKeySlug, inSlugFamily in entity-entries.ts) holds e.id — neo4jCandidates finds e by its id for those.
 */
const LINKED_KEY = `(NOT k STARTS WITH $idKey AND NOT (k STARTS WITH $nameKey AND
  [s IN [[x IN [replace(substring(k, size($nameKey)), ' ', '-')] | CASE x WHEN '' THEN 'unnamed' ELSE x END][0]] |
    e.id = s OR (e.id STARTS WITH s + '-' AND substring(e.id, size(s) + 1) =~ '[0-9]+')][0]))`;

/** Entities written before name keys were LookupKey nodes (or loaded from a Cypher export) get their links. */
async function linkStoredKeys(driver: Driver, database: string): Promise<void> {
  for (;;) {
    const { records } = await driver.executeQuery(
      `MATCH (e:Entity) WHERE NOT (e)<-[:KEY_OF]-()
         AND any(k IN [x IN coalesce(e.keys, []) | split(x, $field)[0]] WHERE ${LINKED_KEY})
       WITH e LIMIT 5000
       UNWIND [k IN [x IN e.keys | split(x, $field)[0]] WHERE ${LINKED_KEY}] AS k
       MERGE (x:LookupKey {key: k})
       MERGE (x)-[:KEY_OF]->(e)
       RETURN count(DISTINCT e) AS n`,
      { idKey: key.id(''), nameKey: key.name(''), field: FIELD },
      { database },
    );
    if (Number(records[0]?.get('n') ?? 0) === 0) return;
  }
}

/** Relationships written before they kept their documents and outlets get them (from their support list). */
async function deriveSources(driver: Driver, database: string): Promise<void> {
  for (;;) {
    const { records } = await driver.executeQuery(
      `MATCH (:Entity)-[r]->(:Entity) WHERE r.documents IS NULL AND r.support IS NOT NULL WITH r LIMIT 20000
       SET r += [s IN [r.support] | ${derivedMap('s')}][0] RETURN count(*) AS n`,
      { sep: SEP },
      { database },
    );
    if (Number(records[0]?.get('n') ?? 0) === 0) return;
  }
}

/** Old (:Sentence)-[:MENTIONS]->(:Entity) links become MENTIONS_ENTITY, in bounded transactions. */
async function renameSentenceMentions(driver: Driver, database: string): Promise<void> {
  for (;;) {
    const { records } = await driver.executeQuery(
      `MATCH (s:Sentence)-[m:MENTIONS]->(e:Entity) WITH s, m, e LIMIT 20000
       CREATE (s)-[:${SENTENCE_MENTION_TYPE}]->(e) DELETE m RETURN count(*) AS n`,
      {},
      { database },
    );
    if (Number(records[0]?.get('n') ?? 0) === 0) return;
  }
}
