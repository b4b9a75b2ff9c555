// Relation finding: clause-level propositions (triples between entities are not implemented yet).
import type { RelationContext } from '../context.js';
import type { Proposition, Triple } from '../types.js';
import { clausePropositions } from './clause-propositions.js';

export function findRelations(ctx: RelationContext): { triples: Triple[]; propositions: Proposition[] } {
  try {
    return { triples: [], propositions: clausePropositions(ctx.doc, ctx.text, ctx.sentences) };
  } catch {
    // The extractor never throws on odd text: no propositions rather than a failure.
    return { triples: [], propositions: [] };
  }
}
