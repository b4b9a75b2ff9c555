// Relation finding: evidence-backed triples between entities (rules/), and the clause-level
// propositions underneath them (chunk-propositions.ts), both over the shared parse.
import type { RelationContext } from '../context.js';
import { tokenise } from '../tokens.js';
import type { Proposition, Triple } from '../types.js';
import { findTriples } from './triples.js';
import { buildSentenceViews, type SentenceView } from './sentence-view.js';
import { chunkPropositions } from './chunk-propositions.js';

export function findRelations(ctx: RelationContext): { triples: Triple[]; propositions: Proposition[] } {
  let cached: SentenceView[] | undefined;
  const views = () => {
    const tk = ctx.tokens ?? tokenise(ctx.doc, ctx.text);
    return (cached ??= buildSentenceViews(ctx.text, ctx.sentences, tk.bySentence, ctx.entities));
  };
  let triples: Triple[];
  let propositions: Proposition[];
  // The extractor never throws on odd text: a failing stage yields nothing rather than a failure.
  try {
    triples = findTriples(views());
  } catch {
    triples = [];
  }
  try {
    propositions = views().flatMap((v) => {
      try {
        return chunkPropositions(v);
      } catch {
        return [];
      }
    });
  } catch {
    propositions = [];
  }
  return { triples, propositions };
}
