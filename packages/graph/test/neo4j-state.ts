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
