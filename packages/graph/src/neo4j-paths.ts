// How are two entities connected, asked of Neo4j: ALL SHORTEST over entity-to-entity relations in
// either direction (a quantified path pattern, so no path runs through a sentence or a document),
// ranked like the embedded store's findPaths.
import type { Driver } from 'neo4j-driver';
import { PATH_CANDIDATES, rankPaths, resolvePathOptions } from './find-paths.js';
import { readRows } from './neo4j-read.js';
import type { GraphPath, PathOptions } from './types.js';

export async function neo4jPaths(
  driver: Driver,
  database: string,
  from: string,
  to: string,
  partial: Partial<PathOptions> = {},
): Promise<GraphPath[] | null> {
  const { k, maxHops } = resolvePathOptions(partial);
  const ends = await readRows(driver, database, 'UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN count(e) AS n', {
    ids: [...new Set([from, to])],
  });
  if (Number(ends[0]?.n ?? 0) !== new Set([from, to]).size) return null;
  if (from === to) return [{ nodes: [from], edges: [], weight: 0 }];
  // maxHops is a validated integer (resolvePathOptions): quantifiers cannot be parameters.
  const rows = await readRows(
    driver,
    database,
    `MATCH p = ALL SHORTEST (a:Entity {id: $from}) (()-[:!MENTIONS&!HAS_SENTENCE]-(:Entity)){1,${maxHops}} (b:Entity {id: $to})
     RETURN [n IN nodes(p) | n.id] AS nodes, [r IN relationships(p) | r.id] AS edges,
       reduce(w = 0, r IN relationships(p) | w + coalesce(r.weight, 1)) AS weight
     LIMIT ${PATH_CANDIDATES}`,
    { from, to },
  );
  const paths = rows.map((r) => ({ nodes: r.nodes as string[], edges: r.edges as string[], weight: Number(r.weight) }));
  return rankPaths(paths, k);
}
