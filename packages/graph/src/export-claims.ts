// What every export writes of claims: the model, not the drawing. Each claim becomes a Claim node
// (text, verb, quote, document offsets, sentence and document ids) linked (speaker)-[:CLAIMED]->(claim)
// and (claim)-[:ABOUT]->(entity), as in Neo4j; the snapshot's derived CLAIMED_ABOUT edges are left out,
// since the links carry the same thing.
import { CLAIM_EDGE_TYPE } from './claim-edges.js';
import { edgeId } from './doc-rows.js';
import type { ClaimView, GraphEdge, GraphSnapshot } from './types.js';

export interface ExportedClaim {
  id: string;
  text: string;
  verb: string;
  quote: boolean;
  /** Offsets of the content in its document. */
  start: number;
  end: number;
  documentId: string;
  sentenceId: string;
  sentenceIndex: number;
}

export interface ClaimLink {
  id: string;
  source: string;
  target: string;
  type: 'CLAIMED' | 'ABOUT';
}

export interface ExportParts {
  /** The snapshot's entity relations (derived claim edges removed). */
  edges: GraphEdge[];
  claims: ExportedClaim[];
  links: ClaimLink[];
}

/** The snapshot's relations and the claims whose speaker it holds (links only to entities it holds). */
export function exportParts(snap: GraphSnapshot, claims: ClaimView[] = []): ExportParts {
  const nodes = new Set(snap.nodes.map((n) => n.id));
  const out: ExportParts = { edges: snap.edges.filter((e) => e.type !== CLAIM_EDGE_TYPE), claims: [], links: [] };
  for (const c of claims) {
    if (!nodes.has(c.speaker.id)) continue;
    out.claims.push({
      id: c.id,
      text: c.text,
      verb: c.verb,
      quote: c.quote,
      start: c.sentence.start + c.content.start,
      end: c.sentence.start + c.content.end,
      documentId: c.sentence.documentId,
      sentenceId: c.sentence.sentenceId,
      sentenceIndex: c.sentence.index,
    });
    out.links.push({ id: edgeId(c.speaker.id, 'CLAIMED', c.id), source: c.speaker.id, target: c.id, type: 'CLAIMED' });
    for (const a of c.about)
      if (nodes.has(a.id))
        out.links.push({ id: edgeId(c.id, 'ABOUT', a.id), source: c.id, target: a.id, type: 'ABOUT' });
  }
  return out;
}
