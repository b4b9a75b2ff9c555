// The `--verbose` listing of one article: each predicted edge as matched (+) or not (x, with "unlisted"
// when an end is not in the reference's entity list), each missed fact, the named nodes and claims that differ.
import type { ExtractionResult } from '@kg/extractor';
import type { FactsArticleScore } from './facts-score.js';
import type { ReferenceFact } from './facts-reference.js';

const quote = (s: string) => JSON.stringify(s);

function factLine(f: ReferenceFact): string {
  const arrow = f.symmetric ? '<-' : '-';
  const flags = [
    f.key && 'key',
    f.attributedTo && `according to ${f.attributedTo}`,
    f.negated && 'negated',
    f.hedged && 'hedged',
  ]
    .filter(Boolean)
    .join(', ');
  return `${f.id} ${f.subject} ${arrow}${f.types.join('|')}[${f.cues.join('|')}]-> ${f.object}${flags ? ` (${flags})` : ''}  ${quote(f.evidence)}`;
}

export function formatFactsReport(name: string, score: FactsArticleScore, result: ExtractionResult): string[] {
  const { facts, nodes, claims } = score.details;
  const nameOf = new Map(result.entities.map((e) => [e.id, e.name]));
  const lines = [`== ${name}`];
  for (const edge of facts.edges) {
    const t = edge.triple;
    const mark = edge.facts.length ? '+' : 'x';
    const flags = [
      !edge.listed && 'unlisted',
      t.negated && 'negated',
      t.hedged && 'hedged',
      t.attributedTo && `according to ${nameOf.get(t.attributedTo) ?? t.attributedTo}`,
    ]
      .filter(Boolean)
      .join(', ');
    const matched = edge.facts.length ? `  = ${edge.facts.join(', ')}` : '';
    lines.push(
      `  ${mark} ${edge.subject} -${t.predicate.type}[${t.predicate.text}]-> ${edge.object}${flags ? ` (${flags})` : ''}  s${t.evidence.sentence + 1}${matched}`,
    );
  }
  for (const f of facts.missed) lines.push(`  missed ${factLine(f)}`);
  for (const f of facts.wrongAttribution) lines.push(`  attribution wrong: ${f.id} is according to ${f.attributedTo}`);
  for (const f of facts.wrongPolarity)
    lines.push(
      `  polarity wrong: ${f.id} is ${f.negated ? 'negated' : 'not negated'}, ${f.hedged ? 'hedged' : 'not hedged'}`,
    );
  for (const e of nodes.extra) lines.push(`  node not in the list: ${e.name} [${e.type}]`);
  for (const r of nodes.missed) lines.push(`  node missed: ${r.name} [${r.type}]`);
  for (const { reference, node } of nodes.mistyped)
    lines.push(`  node mistyped: ${node.name} [${node.type}] is ${reference.name} [${reference.type}]`);
  for (const { reference, nodes: split } of nodes.split)
    lines.push(`  node split: ${reference.name} as ${split.map((e) => `${e.name} [${e.type}]`).join(', ')}`);
  for (const { claim, speaker, matches } of claims.verdicts) {
    const how = [claim.verb, claim.quote && 'quote'].filter(Boolean).join(', ');
    const text = typeof claim.text === 'string' ? claim.text : '';
    lines.push(
      `  claim ${matches.length ? '+' : 'x'} ${speaker}${how ? ` [${how}]` : ''}: ${quote(text)}${matches.length ? `  = ${matches.join(', ')}` : ''}`,
    );
  }
  for (const c of claims.missed) lines.push(`  claim missed: ${c.id} ${c.speaker}: ${quote(c.evidence)}`);
  return lines;
}
