// What a relation rule is: a named, documented pattern over one sentence view that proposes triples.
// Rules say what they read (ends, predicate, the verb group it hangs on); the runner stamps the rule name
// and the polarity (negation, hedging) from that verb group and the span, the same way for every rule.
import type { Chunk } from './chunks.js';
import type { SentenceView } from './sentence-view.js';

export interface TripleDraft {
  subject: string;
  object: string;
  predicate: { type: string; lemma: string; text: string };
  confidence: number;
  /** Token span (within the sentence) the triple was read from. */
  from: number;
  to: number;
  /** The verb group the relation hangs on (its negation and modals decide polarity); absent for nominal readings. */
  verb?: Chunk;
  /** The verb undoes what the relation noun names ("lifted its sanctions on X", "backed away from its support
   * for X"): the edge is negated. */
  undone?: boolean;
  /** The rule's frame says the act is only asked for, planned or tried ("urged Spain to restrict X"). */
  hedged?: boolean;
  /** The rule's frame says whose word the act is ("Acme accused Beta of funding Gamma": Acme's), before
   * any speech span the draft lies in. */
  attributedTo?: string;
  /** Read from the writer's own description of an end ("COVID-19 — the disease caused by SARS-CoV-2 —"), as
   * a `descriptive` rule's: not the word of a speaker whose statement it lies in. */
  descriptive?: boolean;
}

export interface RelationRule {
  name: string;
  /** One line for the README: what the rule reads. */
  description: string;
  /** A sentence the rule handles, for the README and the rule's test. */
  example: string;
  /** The rule reads a name, title or apposition: the writer's description of an end, which stays the
   * writer's inside a reported statement (no attribution to the speaker, no negation by "denied"). */
  descriptive?: boolean;
  apply(view: SentenceView): TripleDraft[];
}

/** Confidence from the rule's base, lowered for pronoun or inherited subjects and for fallback types. */
export function scoreDraft(base: number, opts: { pronoun?: boolean; inherited?: boolean; fallback?: boolean }): number {
  const c = base - (opts.pronoun ? 0.1 : 0) - (opts.inherited ? 0.1 : 0) - (opts.fallback ? 0.1 : 0);
  return Math.max(0.1, Math.round(c * 100) / 100);
}
