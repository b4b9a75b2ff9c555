// Relation finding: evidence-backed triples between entities (rules/), the claims of reported speech
// (claims.ts), and the clause-level propositions underneath them (chunk-propositions.ts), all over the
// shared parse.
import type { RelationContext } from '../context.js';
import { tokenise } from '../tokens.js';
import type { Claim, Proposition, Triple } from '../types.js';
import { findTriples } from './triples.js';
import { buildSentenceViews, type SentenceView } from './sentence-view.js';
import { chunkPropositions } from './chunk-propositions.js';
import { findClaims } from './claims.js';
import { edgeEnds } from './edge-gate.js';
import { documentSpeechSpans, type SpeechSpan } from './speech-spans.js';
import { bodySpeakers, resolveSpeakerPronouns } from './speaker-pronouns.js';
import { resolveBodyPronouns } from './body-pronouns.js';

export interface Relations {
  triples: Triple[];
  claims: Claim[];
  propositions: Proposition[];
  /** What failed on odd text (a stage or a rule), for `document.warnings`. */
  warnings: string[];
}

export function findRelations(ctx: RelationContext): Relations {
  const warnings: string[] = [];
  let cached: SentenceView[] | undefined;
  const views = () => {
    const tk = ctx.tokens ?? tokenise(ctx.doc, ctx.text);
    if (cached) return cached;
    cached = buildSentenceViews(ctx.text, ctx.sentences, tk.bySentence, ctx.entities);
    resolveBodyPronouns(cached, ctx.text);
    return cached;
  };
  // Reported speech is read once for triples and claims, and again only when a pronoun turned out to be
  // its speaker ("Acme said it would …").
  let spans: SpeechSpan[][] | undefined;
  const speech = () => {
    if (spans) return spans;
    spans = documentSpeechSpans(views());
    if (resolveSpeakerPronouns(views(), spans, bodySpeakers(ctx.entities))) spans = documentSpeechSpans(views());
    return spans;
  };
  const ends = edgeEnds(ctx.entities);
  // The extractor never throws on odd text: a failing stage yields nothing and a warning.
  const stage = <T>(name: string, run: () => T[]): T[] => {
    try {
      return run();
    } catch (err) {
      warnings.push(`relations: ${name} failed: ${String(err)}`);
      return [];
    }
  };
  const triples = stage('triples', () => findTriples(views(), ends, warnings, undefined, ctx.date, speech()));
  const claims = stage('claims', () => findClaims(views(), ends, ctx.date, speech()));
  const propositions = stage('propositions', () =>
    views().flatMap((v) => {
      try {
        return chunkPropositions(v, ctx.date);
      } catch (err) {
        warnings.push(`relations: propositions failed on sentence ${v.sentence.index}: ${String(err)}`);
        return [];
      }
    }),
  );
  return { triples, claims, propositions, warnings };
}
