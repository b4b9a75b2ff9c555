// Claims read from Neo4j: an entity's "said" and "said about it", every claim (exports), the rows of the
// snapshot's derived CLAIMED_ABOUT edges and one such edge's details, in the shapes read-shapes.ts builds.
import { timeOf } from './time-columns.js';
import type { Driver } from 'neo4j-driver';
import { claimEdgeEnds, claimEdges, type ClaimEdgeRow } from './claim-edges.js';
import { DOC_OUTLET, readRows, sentenceRecords, toSentenceRecord } from './neo4j-read.js';
import { num } from './neo4j-values.js';
import { claimView, evidenceList, sortClaims } from './read-shapes.js';
import type { ClaimView, EdgeDetails, EntityRef, GraphNode } from './types.js';

const CLAIM_PATH = '(sp:Entity)-[:CLAIMED]->(c:Claim)<-[:HAS_CLAIM]-(s:Sentence)<-[:HAS_SENTENCE]-(d:Document)';
const CLAIM_FIELDS = `c.id AS id, c.verb AS verb, c.text AS text, c.start AS start, c.end AS end, c.quote AS quote,
  c.timeText AS timeText, c.timeValue AS timeValue,
  {id: sp.id, name: sp.name, type: sp.type} AS speaker,
  COLLECT { MATCH (c)-[:ABOUT]->(o:Entity) RETURN {id: o.id, name: o.name, type: o.type} } AS about,
  {id: s.id, documentId: d.id, title: d.title, date: d.date, outlet: ${DOC_OUTLET}, index: s.index, text: s.text,
    start: s.start, end: s.end} AS sentence`;

async function claimViews(
  driver: Driver,
  database: string,
  match: string,
  params: Record<string, unknown> = {},
): Promise<ClaimView[]> {
  const rows = await readRows(driver, database, `${match} RETURN ${CLAIM_FIELDS}`, params);
  return sortClaims(
    rows.map((r) => {
      return claimView(
        {
          id: r.id as string,
          verb: r.verb as string,
          text: r.text as string,
          start: num(r.start),
          end: num(r.end),
          quote: r.quote === true,
          time: timeOf(r.timeText, r.timeValue),
        },
        r.speaker as EntityRef,
        r.about as EntityRef[],
        toSentenceRecord(r.sentence as Record<string, unknown>),
      );
    }),
  );
}

export async function neo4jEntityClaims(
  driver: Driver,
  database: string,
  id: string,
): Promise<{ said: ClaimView[]; saidAbout: ClaimView[] }> {
  return {
    said: await claimViews(driver, database, `MATCH ${CLAIM_PATH} WHERE sp.id = $id`, { id }),
    saidAbout: await claimViews(driver, database, `MATCH (:Entity {id: $id})<-[:ABOUT]-(c:Claim) MATCH ${CLAIM_PATH}`, {
      id,
    }),
  };
}

export function neo4jAllClaims(driver: Driver, database: string): Promise<ClaimView[]> {
  return claimViews(driver, database, `MATCH ${CLAIM_PATH}`);
}

const EDGE_ROWS = `MATCH (sp:Entity)-[:CLAIMED]->(c:Claim)-[:ABOUT]->(o:Entity) MATCH (d:Document {id: c.documentId})`;
const EDGE_FIELDS = `sp.id AS speaker, o.id AS about, c.sentenceId AS sentenceId, c.verb AS verb,
  d.date AS date, head([(d)-[:PUBLISHED_BY]->(o:Outlet) | o.id]) AS outlet`;

export async function neo4jClaimEdgeRows(driver: Driver, database: string): Promise<ClaimEdgeRow[]> {
  return (await readRows(driver, database, `${EDGE_ROWS} RETURN ${EDGE_FIELDS}`)) as unknown as ClaimEdgeRow[];
}

/** A derived CLAIMED_ABOUT edge with its sentences as evidence, or null (not such an id, or no claim left). */
export async function neo4jClaimEdge(
  driver: Driver,
  database: string,
  id: string,
  node: (id: string) => Promise<GraphNode | null>,
): Promise<EdgeDetails | null> {
  const ends = claimEdgeEnds(id);
  if (!ends) return null;
  const rows = await readRows(
    driver,
    database,
    `${EDGE_ROWS} WHERE sp.id = $speaker AND o.id = $about RETURN ${EDGE_FIELDS}`,
    ends,
  );
  const [edge] = claimEdges(rows as unknown as ClaimEdgeRow[]);
  if (!edge) return null;
  const [source, target] = [await node(ends.speaker), await node(ends.about)];
  if (!source || !target) return null;
  const sentences = await sentenceRecords(driver, database, edge.evidence);
  const evidence = evidenceList(
    edge.evidence.map((sentenceId) => ({ sentenceId })),
    (s) => sentences.get(s),
  );
  return { edge, source, target, evidence, denials: [] };
}
