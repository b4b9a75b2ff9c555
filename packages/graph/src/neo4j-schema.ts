// Uniqueness constraints on every key, created before any load (IF NOT EXISTS), so MERGE seeks an index.
import type { Driver } from 'neo4j-driver';

export const SCHEMA_STATEMENTS = [
  'CREATE CONSTRAINT kg_entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
  'CREATE CONSTRAINT kg_document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE',
  'CREATE CONSTRAINT kg_sentence_id IF NOT EXISTS FOR (s:Sentence) REQUIRE s.id IS UNIQUE',
  'CREATE INDEX kg_entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)',
];

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
  await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database });
}
