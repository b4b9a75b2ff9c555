// The entries migration scans every Entity while other processes write the same database: a node another
// transaction deletes between the scan and the read of its properties reads as all nulls (read committed).
import { migrateEntityEntries } from '../src/neo4j-migrate-entries.js';
import { testDriver, uniqueTag } from '../../../test/neo4j-env.js';

test('migrating entries skips the nodes another transaction deletes under it', async () => {
  const tag = uniqueTag('vanishing');
  const driver = testDriver();
  const run = (query: string, ids: string[]) => driver.executeQuery(query, { ids }, { database: 'neo4j' });
  const remove = 'UNWIND $ids AS id MATCH (e:Entity {id: id}) DETACH DELETE e';
  let done = false;
  try {
    // Rounds of entities as kg wrote them before entries (no `entries`), deleted a few at a time while
    // migrations scan: some scan finds a node whose deletion commits before its properties are read.
    const churn = (async () => {
      for (let round = 0; round < 30; round++) {
        const ids = Array.from({ length: 100 }, (_, i) => `${tag}-${round}-${i}`);
        await run(`UNWIND $ids AS id CREATE (:Entity:Person {id: id, name: id, type: 'Person', aliases: []})`, ids);
        for (let i = 0; i < ids.length; i += 5) await run(remove, ids.slice(i, i + 5));
      }
    })().finally(() => (done = true));
    const migrating = (async () => {
      while (!done) await migrateEntityEntries(driver, 'neo4j');
    })();
    await expect(Promise.all([churn, migrating])).resolves.toBeDefined();
  } finally {
    done = true;
    await driver.executeQuery(
      'MATCH (e:Entity) WHERE e.id STARTS WITH $tag DETACH DELETE e',
      { tag },
      {
        database: 'neo4j',
      },
    );
    await driver.close();
  }
});
