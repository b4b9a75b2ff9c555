// GET /api/path?from=&to=[&k=][&maxHops=]: how two entities are connected — the shortest paths (the
// best-supported first), with each hop's relation, its two ends and the sentence that supports it. The
// entities carry the overview's analytics (community, PageRank, degree, position) from the cached
// snapshot, so the page colours, sizes and places the ones a path adds like those already drawn.
import type { FastifyInstance } from 'fastify';
import {
  findPaths,
  type EdgeDetails,
  type EvidenceItem,
  type GraphNode,
  type GraphSnapshot,
  type GraphStore,
} from '@kg/graph';
import type { ViewCache } from '../view-cache.js';
import { HttpError } from '../viewer-errors.js';
import { cachedSnapshot } from './snapshot-filters.js';

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

/** Each snapshot's entities by id, built once per snapshot (the cache keeps one per content version). */
const indexes = new WeakMap<GraphSnapshot, Map<string, GraphNode>>();
function nodeIndex(s: GraphSnapshot): Map<string, GraphNode> {
  let index = indexes.get(s);
  if (!index) indexes.set(s, (index = new Map(s.nodes.map((n) => [n.id, n]))));
  return index;
}

export function registerPathRoute(app: FastifyInstance, store: GraphStore, snapshots: ViewCache<GraphSnapshot>): void {
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
      // The whole graph's snapshot is the one the overview is drawn from: usually cached already.
      const whole = cachedSnapshot(snapshots, store);
      whole.catch(() => undefined); // awaited below unless the entities are missing; fails there
      const paths = store.paths
        ? await store.paths(from, to, options)
        : await whole.then((s) => findPaths(nodeIndex(s).keys(), s.edges, from, to, options));
      if (!paths) throw new HttpError(404, `GET /api/path: entity "${from}" or "${to}" not found`);
      const edgeIds = [...new Set(paths.flatMap((p) => p.edges))];
      // One batch for all hops (on Neo4j a lookup per hop was most of the answer's time).
      const [details, analysed] = await Promise.all([store.edgeDetails(edgeIds), whole.then(nodeIndex)]);
      const nodes = new Map<string, GraphNode>();
      const hops: Record<string, PathHop> = {};
      for (const d of details.values()) {
        for (const end of [d.source, d.target]) nodes.set(end.id, analysed.get(end.id) ?? end);
        hops[d.edge.id] = { edge: d.edge, sentence: d.evidence[0] };
      }
      if (!nodes.has(from) && paths.length) {
        const e = analysed.get(from) ?? (await store.entity(from))?.node;
        if (e) nodes.set(from, e);
      }
      return { from, to, paths, nodes: [...nodes.values()], hops };
    },
  );
}
