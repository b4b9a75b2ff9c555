// Runs the relation rules over every sentence and turns their drafts into evidence-backed triples:
// speech attribution, one triple per (subject, type, object, sentence), stable order.
import type { Triple } from '../types.js';
import type { RelationRule, TripleDraft } from './rule.js';
import { RELATION_RULES } from './rules/index.js';
import type { SentenceView } from './sentence-view.js';
import { speechSpans } from './speech-spans.js';

export function findTriples(views: SentenceView[], rules: readonly RelationRule[] = RELATION_RULES): Triple[] {
  const best = new Map<string, Triple>();
  for (const view of views) {
    if (!view.chunks.length) continue;
    const spans = speechSpans(view);
    for (const rule of rules) {
      let drafts: TripleDraft[];
      try {
        drafts = rule.apply(view);
      } catch {
        continue; // one rule failing on odd text must not cost the others
      }
      for (const d of drafts) {
        // Inside someone's statement: the claim is theirs.
        const span =
          d.rule === 'reported-speech'
            ? undefined
            : spans.find((s) => d.from >= s.from && d.to <= s.to && s.speaker !== d.subject);
        const triple: Triple = {
          subject: d.subject,
          predicate: d.predicate,
          object: d.object,
          confidence: d.confidence,
          evidence: {
            sentence: view.sentence.index,
            start: view.sentence.start,
            end: view.sentence.end,
            text: view.sentence.text,
          },
          negated: d.negated,
          hedged: d.hedged,
          ...(span ? { attributedTo: span.speaker } : {}),
          ...((d.quote ?? span?.quote) ? { quote: d.quote ?? span?.quote } : {}),
          rule: d.rule,
        };
        const key = `${d.subject}|${d.predicate.type}|${d.object}|${view.sentence.index}`;
        const prev = best.get(key);
        if (!prev || prev.confidence < triple.confidence) best.set(key, triple);
      }
    }
  }
  return [...best.values()].sort((a, b) => a.evidence.sentence - b.evidence.sentence || b.confidence - a.confidence);
}
