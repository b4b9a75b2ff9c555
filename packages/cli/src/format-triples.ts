// Plain-text view of an extraction's triples, one per line, for `kg extract --format triples`.
import type { ExtractionResult } from '@kg/extractor';

export function formatTriples(result: ExtractionResult): string {
  const name = new Map(result.entities.map((e) => [e.id, e.name]));
  return result.triples
    .map((t) => {
      const flags = [
        t.negated && 'negated',
        t.hedged && 'hedged',
        t.attributedTo && `according to ${name.get(t.attributedTo)}`,
        t.quote && 'quoted',
      ]
        .filter(Boolean)
        .join(', ');
      return `${name.get(t.subject)} -[${t.predicate.type}]-> ${name.get(t.object)}  "${t.predicate.text}"  s${t.evidence.sentence + 1} ${t.confidence.toFixed(2)} ${t.rule ?? ''}${flags ? ` (${flags})` : ''}`;
    })
    .join('\n');
}
