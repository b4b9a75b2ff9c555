// How claims are drawn: the snapshot joins each speaker to every entity a claim of theirs is about with one
// derived CLAIMED_ABOUT edge (weight = supporting sentences, phrases = reporting verbs), so a claim shows
// as a line between two entities that the type filter can hide like any relation. The stores keep the
// claims themselves (a Claim node between CLAIMED and ABOUT in Neo4j, the claims tables in SQLite).
import { edgeId } from './doc-rows.js';
import { edgeSources } from './edge-sources.js';
import { edgeShape } from './read-shapes.js';
import type { GraphEdge } from './types.js';

export const CLAIM_EDGE_TYPE = 'CLAIMED_ABOUT';

/** One (claim, entity it is about) pair, with the claim's sentence, verb, and its document's date and outlet id. */
export interface ClaimEdgeRow {
  speaker: string;
  about: string;
  sentenceId: string;
  verb: string;
  date?: string | null;
  outlet?: string | null;
}

/** The derived edges, one per (speaker, entity) pair, in id order. */
export function claimEdges(rows: ClaimEdgeRow[]): GraphEdge[] {
  type Group = { sentences: Map<string, ClaimEdgeRow>; verbs: string[] };
  const groups = new Map<string, Group>();
  for (const r of rows) {
    if (r.speaker === r.about) continue;
    const id = edgeId(r.speaker, CLAIM_EDGE_TYPE, r.about);
    const g: Group = groups.get(id) ?? { sentences: new Map(), verbs: [] };
    g.sentences.set(r.sentenceId, r);
    g.verbs.push(r.verb);
    groups.set(id, g);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, g]) => {
      const [source, , target] = id.split('|');
      return edgeShape(
        { id, source, target, type: CLAIM_EDGE_TYPE },
        [...g.sentences.keys()],
        g.verbs,
        edgeSources(g.sentences.values()),
      );
    });
}

/** The speaker and the entity of a derived claim edge id, or null for any other id. */
export function claimEdgeEnds(id: string): { speaker: string; about: string } | null {
  const parts = id.split('|');
  return parts.length === 3 && parts[1] === CLAIM_EDGE_TYPE && parts[0] && parts[2]
    ? { speaker: parts[0], about: parts[2] }
    : null;
}
