// Fact precision, recall, key recall, attribution and polarity of one article's triples against its
// exhaustive reference (gold/facts/README.md). Every triple is an edge between two entity nodes, so every
// one counts in precision: an edge to a node the reference does not list (a generic noun, a fragment)
// matches no fact. Propositions (open-IE tuples not tied to entities) are not edges and are not scored.
import type { ExtractionResult, Triple } from '@kg/extractor';
import { endsFit, predicateFits } from './fact-match.js';
import type { FactsReference, ReferenceFact } from './facts-reference.js';

export interface FactCounts {
  /** Predicted triples (the precision denominator). */
  predicted: number;
  /** Predicted triples that match some fact. */
  correct: number;
  facts: number;
  found: number;
  keyFacts: number;
  keyFound: number;
  /** Found facts with `attributedTo`, and those a matching triple attributes to that speaker. */
  attributed: number;
  attributionOk: number;
  /** Found facts a matching triple agrees with on both `negated` and `hedged`. */
  polarityOk: number;
}

export interface EdgeVerdict {
  triple: Triple;
  subject: string;
  object: string;
  /** Both ends match entities of the reference's list (else the edge cannot match a fact). */
  listed: boolean;
  /** Ids of the facts the triple matches. */
  facts: string[];
}

export interface FactDetails {
  edges: EdgeVerdict[];
  missed: ReferenceFact[];
  /** Found facts whose attribution or polarity no matching triple gets right. */
  wrongAttribution: ReferenceFact[];
  wrongPolarity: ReferenceFact[];
}

/** `match` maps a predicted name to the reference names it matches (see `referenceMatcher`). */
export function scoreFacts(
  reference: FactsReference,
  result: ExtractionResult,
  match: (name: string) => string[],
): { counts: FactCounts; details: FactDetails } {
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  const nameOf = (id: string | undefined) => (id === undefined ? '' : (byId.get(id)?.name ?? id));
  const refsOf = (id: string | undefined) => (id === undefined ? [] : match(nameOf(id)));
  const matching = new Map<string, Triple[]>(reference.facts.map((f) => [f.id, []]));
  const edges = result.triples.map((triple): EdgeVerdict => {
    const subjects = refsOf(triple.subject);
    const objects = refsOf(triple.object);
    const listed = subjects.length > 0 && objects.length > 0;
    const facts = reference.facts.filter((f) => endsFit(subjects, objects, f) && predicateFits(triple.predicate, f));
    for (const f of facts) matching.get(f.id)!.push(triple);
    return {
      triple,
      subject: nameOf(triple.subject),
      object: nameOf(triple.object),
      listed,
      facts: facts.map((f) => f.id),
    };
  });
  const found = reference.facts.filter((f) => matching.get(f.id)!.length > 0);
  const attributed = found.filter((f) => f.attributedTo);
  const wrongAttribution = attributed.filter(
    (f) => !matching.get(f.id)!.some((t) => refsOf(t.attributedTo).includes(f.attributedTo!)),
  );
  const wrongPolarity = found.filter(
    (f) => !matching.get(f.id)!.some((t) => t.negated === f.negated && t.hedged === f.hedged),
  );
  const counts: FactCounts = {
    predicted: edges.length,
    correct: edges.filter((e) => e.facts.length > 0).length,
    facts: reference.facts.length,
    found: found.length,
    keyFacts: reference.facts.filter((f) => f.key).length,
    keyFound: found.filter((f) => f.key).length,
    attributed: attributed.length,
    attributionOk: attributed.length - wrongAttribution.length,
    polarityOk: found.length - wrongPolarity.length,
  };
  const missed = reference.facts.filter((f) => !matching.get(f.id)!.length);
  return { counts, details: { edges, missed, wrongAttribution, wrongPolarity } };
}
