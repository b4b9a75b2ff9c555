// File reads and server-side requests through the Cypher console, on the real Neo4j: the read-only path
// refuses each vector before sending it, and the server's own settings refuse them even when a query gets
// past that check (here: the same queries on the write path, which does not run the check).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ReadOnlyQueryError, type Neo4jStore } from '@kg/graph';
import { testStore } from '../../../test/neo4j-env.js';

let store: Neo4jStore;
let server: http.Server;
let requests = 0;
let url = '';

beforeAll(async () => {
  store = await testStore({ database: 'neo4j' });
  server = http.createServer((_req, res) => {
    requests++;
    res.end('secret,row\n1,2\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/data.csv`;
});
afterAll(async () => {
  await store.close();
  await new Promise((resolve) => server.close(resolve));
});

const vectors = (): Array<[string, string]> => [
  ['a file URL', "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row LIMIT 2"],
  ['a path outside the import directory', "LOAD CSV FROM 'file:///../../../../../etc/hostname' AS row RETURN row"],
  ['a URL on this machine', `LOAD CSV FROM '${url}' AS row RETURN row`],
  ['a URL behind a comment', `LOAD /* x */ CSV WITH HEADERS FROM '${url}' AS row RETURN row`],
  ['an APOC file reader', "CALL apoc.load.json('file:///etc/passwd') YIELD value RETURN value"],
  ['an APOC importer', "CALL apoc.import.csv([{fileName: 'file:///etc/passwd', labels: ['X']}], [], {})"],
  ['Cypher from a string', `CALL apoc.cypher.run("LOAD CSV FROM '${'file:///etc/passwd'}' AS r RETURN r", {})`],
];

describe('the read-only Cypher path on Neo4j', () => {
  test.each(vectors())('refuses %s before it reaches the server', async (_what, cypher) => {
    await expect(store.query(cypher)).rejects.toThrow(ReadOnlyQueryError);
    expect(requests).toBe(0);
  });

  test('still answers ordinary reads', async () => {
    const r = await store.query('CALL db.labels() YIELD label RETURN count(label) AS n');
    expect(r.columns).toEqual(['n']);
  });
});

describe('the server refuses the same vectors when the check is bypassed (write path)', () => {
  test.each([
    ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row LIMIT 2", /allow_csv_import_from_file_urls/],
    ["LOAD CSV FROM 'file:///../../../../../etc/hostname' AS row RETURN row", /allow_csv_import_from_file_urls/],
  ])('%s', async (cypher, message) => {
    await expect(store.query(cypher, {}, { write: true })).rejects.toThrow(message);
  });

  test('LOAD CSV of a URL on this machine is blocked and sends no request', async () => {
    await expect(store.query(`LOAD CSV FROM '${url}' AS row RETURN row`, {}, { write: true })).rejects.toThrow(
      /blocked/i,
    );
    expect(requests).toBe(0);
  });

  test('no APOC file or URL procedure is installed', async () => {
    await expect(
      store.query("CALL apoc.load.json('file:///etc/passwd') YIELD value RETURN value", {}, { write: true }),
    ).rejects.toThrow(/no procedure|not found|unknown/i);
  });
});
