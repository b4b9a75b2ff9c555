// Test helper: everything one test wrote to Neo4j (ids starting with its tag), as a canonical,
// comparable description: nodes with labels and properties, relationships with type and properties.
import type { Driver } from 'neo4j-driver';
import { toPlain } from '../src/neo4j-values.js';

export interface State {
  nodes: string[];
  rels: string[];
}

export async function graphState(driver: Driver, tag: string, omit: string[] = []): Promise<State> {
  const strip = (props: Record<string, unknown>) =>
    JSON.stringify(
      Object.fromEntries(
        Object.entries(props)
          .filter(([k]) => !omit.includes(k))
          .sort(([a], [b]) => a.localeCompare(b)),
      ),
    );
  const nodes = await driver.executeQuery(
    'MATCH (n) WHERE n.id STARTS WITH $tag RETURN labels(n) AS labels, properties(n) AS props',
    { tag },
    { database: 'neo4j' },
  );
  const rels = await driver.executeQuery(
    'MATCH (a)-[r]->(b) WHERE a.id STARTS WITH $tag OR b.id STARTS WITH $tag RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS props',
    { tag },
    { database: 'neo4j' },
  );
  return {
    nodes: nodes.records
      .map(
        (r) =>
          `${[...(r.get('labels') as string[])].sort().join(':')} ${strip(toPlain(r.get('props')) as Record<string, unknown>)}`,
      )
      .sort(),
    rels: rels.records
      .map(
        (r) =>
          `${r.get('a')}-[${r.get('t')} ${strip(toPlain(r.get('props')) as Record<string, unknown>)}]->${r.get('b')}`,
      )
      .sort(),
  };
}

/**
 * Each entity whose id starts with `tag`: the name keys its `keys` property lists (all but the id key) and the
 * keys of the LookupKey nodes linked to it (a duplicate link shows twice), both sorted.
 */
export async function keyLinks(
  driver: Driver,
  tag: string,
): Promise<Map<string, { keys: string[]; linked: string[] }>> {
  const { records } = await driver.executeQuery(
    `MATCH (e:Entity) WHERE e.id STARTS WITH $tag
     OPTIONAL MATCH (x:LookupKey)-[:KEY_OF]->(e)
     RETURN e.id AS id, coalesce(e.keys, []) AS keys, collect(x.key) AS linked ORDER BY id`,
    { tag },
    { database: 'neo4j' },
  );
  return new Map(
    records.map((r) => [
      r.get('id') as string,
      {
        keys: (r.get('keys') as string[])
          .map((k) => k.split('\u001f')[0])
          .filter((k) => !k.startsWith('i:'))
          .sort(),
        linked: [...(r.get('linked') as string[])].sort(),
      },
    ]),
  );
}
