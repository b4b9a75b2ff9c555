// Relation finding: evidence-backed triples between entities (rules/), and the clause-level
// propositions underneath them (clause-propositions.ts), both over the shared parse.
import type { RelationContext } from '../context.js';
import { tokenise } from '../tokens.js';
import type { Proposition, Triple } from '../types.js';
import { clausePropositions } from './clause-propositions.js';
import { findTriples } from './triples.js';

export function findRelations(ctx: RelationContext): { triples: Triple[]; propositions: Proposition[] } {
  let triples: Triple[] = [];
  let propositions: Proposition[] = [];
  // The extractor never throws on odd text: a failing stage yields nothing rather than a failure.
  try {
    const tk = ctx.tokens ?? tokenise(ctx.doc, ctx.text);
    triples = findTriples(ctx.text, ctx.sentences, tk.bySentence, ctx.entities);
  } catch {
    triples = [];
  }
  try {
    propositions = clausePropositions(ctx.doc, ctx.text, ctx.sentences);
  } catch {
    propositions = [];
  }
  return { triples, propositions };
}
