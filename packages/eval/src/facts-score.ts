// `kg eval facts` figures: one article's facts, named nodes and claims scored together, summed over
// articles (micro-averaged) and printed as the `nodes …` and `facts …` lines.
import type { ExtractionResult } from '@kg/extractor';
import { scoreClaims, type ClaimCounts, type ClaimDetails } from './claim-scorer.js';
import { scoreFacts, type FactCounts, type FactDetails } from './fact-scorer.js';
import type { FactsReference } from './facts-reference.js';
import { scoreNamedNodes, type NodeCounts, type NodeDetails } from './named-node-scorer.js';
import { referenceMatcher } from './reference-matcher.js';

export interface FactsCounts {
  facts: FactCounts;
  nodes: NodeCounts;
  claims: ClaimCounts;
}

export interface FactsArticleScore extends FactsCounts {
  details: { facts: FactDetails; nodes: NodeDetails; claims: ClaimDetails };
}

/** `text` is the article the result was extracted from (claims are located in it). */
export function scoreFactsArticle(
  reference: FactsReference,
  result: ExtractionResult,
  text: string,
): FactsArticleScore {
  const match = referenceMatcher(reference.entities);
  const facts = scoreFacts(reference, result, match);
  const nodes = scoreNamedNodes(reference, result, match);
  const claims = scoreClaims(reference, result, text, match);
  return {
    facts: facts.counts,
    nodes: nodes.counts,
    claims: claims.counts,
    details: { facts: facts.details, nodes: nodes.details, claims: claims.details },
  };
}

function sum<T extends object>(items: T[]): T {
  const out = {} as Record<string, number>;
  for (const item of items)
    for (const [k, v] of Object.entries(item) as Array<[string, number]>) out[k] = (out[k] ?? 0) + v;
  return out as T;
}

export function totalFactsCounts(articles: FactsCounts[]): FactsCounts {
  return {
    facts: sum(articles.map((a) => a.facts)),
    nodes: sum(articles.map((a) => a.nodes)),
    claims: sum(articles.map((a) => a.claims)),
  };
}

const ratio = (a: number, b: number) => (b ? (a / b).toFixed(3) : 'n/a');
const f1 = (p: number, r: number) => (p + r ? ((2 * p * r) / (p + r)).toFixed(3) : '0.000');

export function formatNodesLine({ nodes: n }: FactsCounts): string {
  return `nodes P=${ratio(n.predictedMatched, n.predicted)} R=${ratio(n.namedFound, n.named)} type-acc=${ratio(n.pairsTyped, n.pairs)} split=${n.splits}`;
}

export function formatFactsLine({ facts: f, claims: c }: FactsCounts): string {
  const p = f.predicted ? f.correct / f.predicted : 0;
  const r = f.facts ? f.found / f.facts : 0;
  return (
    `facts P=${ratio(f.correct, f.predicted)} R=${ratio(f.found, f.facts)} F1=${f1(p, r)} key R=${ratio(f.keyFound, f.keyFacts)}` +
    ` attribution=${ratio(f.attributionOk, f.attributed)} polarity=${ratio(f.polarityOk, f.found)}` +
    ` claims P=${ratio(c.predictedMatched, c.predicted)} R=${ratio(c.found, c.claims)}`
  );
}

/** The raw counts behind both lines, so a figure can be checked by hand. */
export function formatFactsCounts({ facts: f, nodes: n, claims: c }: FactsCounts): string {
  return (
    `counts: edges ${f.correct}/${f.predicted} correct, facts ${f.found}/${f.facts} (key ${f.keyFound}/${f.keyFacts}),` +
    ` attributed ${f.attributionOk}/${f.attributed}, polarity ${f.polarityOk}/${f.found};` +
    ` named nodes ${n.predictedMatched}/${n.predicted}, named entities ${n.namedFound}/${n.named};` +
    ` claims ${c.predictedMatched}/${c.predicted} correct, ${c.found}/${c.claims} found`
  );
}
