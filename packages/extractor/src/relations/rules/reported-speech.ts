// Reported speech: the speaker SAYS each entity the statement is about ("…weak,” Xi said" → Xi SAYS
// innovation), with the quotation when it is direct. Triples read inside the statement are attributed to
// the speaker by the triple builder, not here.
import { npEntity } from '../clause-roles.js';
import type { RelationRule, TripleDraft } from '../rule.js';
import { speechSpans } from '../speech-spans.js';

const MAX_TOPICS = 4;

export const reportedSpeech: RelationRule = {
  name: 'reported-speech',
  description: 'a "say"-type verb with its speaker: speaker SAYS each entity named in the quotation or reported clause',
  example: '“Germany will help Ukraine,” Angela Merkel said.',
  apply(view) {
    const out: TripleDraft[] = [];
    for (const span of speechSpans(view)) {
      const vg = view.chunks[span.verb];
      const seen = new Set<string>([span.speaker]);
      for (const np of view.chunks) {
        if (np.kind !== 'NP' || np.from < span.from || np.to > span.to) continue;
        for (const e of np.entities) {
          if (seen.has(e) || seen.size > MAX_TOPICS) continue;
          seen.add(e);
          out.push({
            subject: span.speaker,
            object: e,
            predicate: { type: 'SAYS', lemma: vg.lemma, text: view.slice(vg.from, vg.to) },
            confidence: e === npEntity(np) ? 0.55 : 0.5,
            from: Math.min(span.from, vg.from),
            to: Math.max(span.to, vg.to),
            negated: vg.negated,
            hedged: vg.hedged,
            rule: 'reported-speech',
            ...(span.quote ? { quote: span.quote } : {}),
          });
        }
      }
    }
    return out;
  },
};
