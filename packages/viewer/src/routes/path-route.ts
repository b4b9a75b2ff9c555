// GET /api/path?from=&to=[&k=][&maxHops=]: how two entities are connected — the shortest paths (the
// best-supported first), with each hop's relation, its two ends and the sentence that supports it.
import type { FastifyInstance } from 'fastify';
import { findPaths, type EdgeDetails, type EvidenceItem, type GraphNode, type GraphStore } from '@kg/graph';
import { HttpError } from '../viewer-errors.js';

interface PathQuery {
  from: string;
  to: string;
  k?: number;
  maxHops?: number;
}

const id = { type: 'string', minLength: 1, maxLength: 500 } as const;

export interface PathHop {
  edge: EdgeDetails['edge'];
  /** The first supporting sentence, for the side panel. */
  sentence?: EvidenceItem;
}

export function registerPathRoute(app: FastifyInstance, store: GraphStore): void {
  app.get<{ Querystring: PathQuery }>(
    '/api/path',
    {
      schema: {
        querystring: {
          type: 'object',
          additionalProperties: false,
          required: ['from', 'to'],
          properties: {
            from: id,
            to: id,
            k: { type: 'integer', minimum: 1, maximum: 20 },
            maxHops: { type: 'integer', minimum: 1, maximum: 8 },
          },
        },
      },
    },
    async (req) => {
      const { from, to, k, maxHops } = req.query;
      const options = { ...(k ? { k } : {}), ...(maxHops ? { maxHops } : {}) };
      const paths = store.paths
        ? await store.paths(from, to, options)
        : await store.snapshot().then((s) =>
            findPaths(
              s.nodes.map((n) => n.id),
              s.edges,
              from,
              to,
              options,
            ),
          );
      if (!paths) throw new HttpError(404, `GET /api/path: entity "${from}" or "${to}" not found`);
      const edgeIds = [...new Set(paths.flatMap((p) => p.edges))];
      // One batch for all hops (on Neo4j a lookup per hop was most of the answer's time).
      const details = (await store.edgeDetails(edgeIds)).values();
      const nodes = new Map<string, GraphNode>();
      const hops: Record<string, PathHop> = {};
      for (const d of details) {
        nodes.set(d.source.id, d.source);
        nodes.set(d.target.id, d.target);
        hops[d.edge.id] = { edge: d.edge, sentence: d.evidence[0] };
      }
      if (!nodes.has(from) && paths.length) {
        const e = await store.entity(from);
        if (e) nodes.set(from, e.node);
      }
      return { from, to, paths, nodes: [...nodes.values()], hops };
    },
  );
}
