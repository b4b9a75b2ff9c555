// The named nodes of one article against the reference's entity list (rules in this package's README):
// precision of the predicted named nodes, recall of the named reference entities, type accuracy of the
// matched pairs, and splits (one reference entity matched by two or more predicted nodes).
import type { Entity, ExtractionResult } from '@kg/extractor';
import type { FactsReference, ReferenceEntity } from './facts-reference.js';

/** Predicted types that make a node a named one (Concept, Date and Quantity are not names). */
export const NAMED_TYPES: ReadonlySet<string> = new Set(['Person', 'Organization', 'Place', 'Product', 'Event']);

export interface NodeCounts {
  /** Predicted nodes of a named type, and those whose name matches some reference entity (any type). */
  predicted: number;
  predictedMatched: number;
  /** Reference entities of a named type (not Concept), and those some predicted node (any type) matches. */
  named: number;
  namedFound: number;
  /** (named reference entity, predicted node) pairs that match, and those whose types agree. */
  pairs: number;
  pairsTyped: number;
  /** Named reference entities matched by two or more predicted nodes. */
  splits: number;
}

export interface NodeDetails {
  /** Predicted named nodes that match nothing in the list. */
  extra: Entity[];
  missed: ReferenceEntity[];
  mistyped: Array<{ reference: ReferenceEntity; node: Entity }>;
  split: Array<{ reference: ReferenceEntity; nodes: Entity[] }>;
}

export function scoreNamedNodes(
  reference: FactsReference,
  result: ExtractionResult,
  match: (name: string) => string[],
): { counts: NodeCounts; details: NodeDetails } {
  const predicted = result.entities.filter((e) => NAMED_TYPES.has(e.type));
  const extra = predicted.filter((e) => match(e.name).length === 0);
  const named = reference.entities.filter((r) => r.type !== 'Concept');
  const nodesOf = new Map(named.map((r) => [r.name, result.entities.filter((e) => match(e.name).includes(r.name))]));
  const missed = named.filter((r) => nodesOf.get(r.name)!.length === 0);
  const mistyped: NodeDetails['mistyped'] = [];
  const split: NodeDetails['split'] = [];
  let pairs = 0;
  for (const r of named) {
    const nodes = nodesOf.get(r.name)!;
    pairs += nodes.length;
    for (const node of nodes) if (node.type !== r.type) mistyped.push({ reference: r, node });
    if (nodes.length >= 2) split.push({ reference: r, nodes });
  }
  const counts: NodeCounts = {
    predicted: predicted.length,
    predictedMatched: predicted.length - extra.length,
    named: named.length,
    namedFound: named.length - missed.length,
    pairs,
    pairsTyped: pairs - mistyped.length,
    splits: split.length,
  };
  return { counts, details: { extra, missed, mistyped, split } };
}
