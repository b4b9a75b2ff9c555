// Relation finding: clause-level propositions and entity triples. (Not yet implemented.)
import type { RelationContext } from '../context.js';
import type { Proposition, Triple } from '../types.js';

export function findRelations(_ctx: RelationContext): { triples: Triple[]; propositions: Proposition[] } {
  return { triples: [], propositions: [] };
}
