// What a Neo4j import reports as added is what its own transactions added: two importers writing to one
// database at the same time each count their own entities, relations and claims (counted from each
// statement's counters, not from the database's totals, which the other importer changes meanwhile).
import { testStore, uniqueTag } from '../../../test/neo4j-env.js';
import { makeResult } from './fixtures.js';

/** `n` one-sentence articles, each naming two new organisations, one relation between them and a claim. */
function articles(tag: string, n: number) {
  return Array.from({ length: n }, (_, i) =>
    makeResult(tag, {
      id: `d${i}`,
      sentences: [
        {
          text: `Firm${i} A bought Firm${i} B, Ann${i} Lee said.`,
          entities: [
            [`Firm${i} A`, 'Organization'],
            [`Firm${i} B`, 'Organization'],
            [`Ann${i} Lee`, 'Person'],
          ],
          triples: [[`Firm${i} A`, 'ACQUIRES', `Firm${i} B`, 'bought']],
          claims: [[`Ann${i} Lee`, 'say', `Firm${i} A bought Firm${i} B`, false, [`Firm${i} A`, `Firm${i} B`]]],
        },
      ],
    }),
  );
}

test('two importers at once each report only their own additions', async () => {
  // Small batches: many transactions each, so the two imports interleave.
  const [one, two] = await Promise.all([testStore({ batchRows: 8 }), testStore({ batchRows: 8 })]);
  try {
    const [a, b] = await Promise.all([
      one.importDocuments(articles(uniqueTag('counts-a'), 30)),
      two.importDocuments(articles(uniqueTag('counts-b'), 30)),
    ]);
    for (const s of [a, b]) expect([s.entitiesAdded, s.relationsAdded, s.claimsAdded]).toEqual([90, 30, 30]);
  } finally {
    await Promise.all([one.close(), two.close()]);
  }
});

test('replacing a document counts what it removed against what it added', async () => {
  const store = await testStore();
  const tag = uniqueTag('counts-replace');
  try {
    const [first] = articles(tag, 1);
    await store.importDocuments([first]);
    // The same document id, now naming one organisation less and no relation or claim.
    const edited = makeResult(tag, {
      id: 'd0',
      sentences: [{ text: 'Firm0 A grew.', entities: [['Firm0 A', 'Organization']] }],
    });
    const s = await store.importDocuments([edited]);
    expect([s.replaced, s.entitiesAdded, s.relationsAdded, s.claimsAdded]).toEqual([1, 0, 0, 0]);
  } finally {
    await store.close();
  }
});
