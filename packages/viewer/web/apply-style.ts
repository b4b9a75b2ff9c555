// Writes the persistent look (size by degree/PageRank, colour by type/community) into node attributes.
import type { ColorBy, SizeBy } from './app-state.js';
import type { KgGraph } from './build-graph.js';
import { DISPUTED_COLOR, EDGE_COLOR, assignCommunityColors, communityColor, typeColor } from './palette.js';

// Small graphs get bigger dots: there is room, and they are read one node at a time. Big ones get
// smaller dots so the structure stays visible instead of a carpet of overlapping discs.
const sizeRange = (order: number): [number, number] => (order <= 500 ? [5, 20] : order <= 5000 ? [2, 16] : [1, 10]);

export function applyStyle(graph: KgGraph, colorBy: ColorBy, sizeBy: SizeBy): void {
  const [MIN_SIZE, MAX_SIZE] = sizeRange(graph.order);
  let max = 0;
  const communities = new Map<number, number>();
  graph.forEachNode((_id, a) => {
    max = Math.max(max, sizeBy === 'pagerank' ? a.pagerank : a.degree);
    if (a.community !== undefined) communities.set(a.community, (communities.get(a.community) ?? 0) + 1);
  });
  assignCommunityColors(communities);
  graph.updateEachNodeAttributes(
    (_id, a) => {
      const v = sizeBy === 'pagerank' ? a.pagerank : a.degree;
      a.size = MIN_SIZE + (max > 0 ? Math.sqrt(v / max) : 0) * (MAX_SIZE - MIN_SIZE);
      a.color = colorBy === 'community' ? communityColor(a.community) : typeColor(a.entityType);
      return a;
    },
    { attributes: ['size', 'color'] },
  );
  // Absolute, not relative to the heaviest edge: a single-sentence relation is a hairline in any graph
  // (thick lines everywhere would bury the structure, and cost fill time on big graphs).
  // A disputed relation stands out in red and at least twice a hairline's width.
  graph.updateEachEdgeAttributes(
    (_e, a) => {
      const size = Math.min(4, 1 + Math.log2(Math.max(1, a.weight || 1)));
      a.size = a.disputed ? Math.max(2, size) : size;
      a.color = a.disputed ? DISPUTED_COLOR : EDGE_COLOR;
      return a;
    },
    { attributes: ['size', 'color'] },
  );
}
