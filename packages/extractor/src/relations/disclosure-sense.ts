// Which sense of "release" or "publish" a draft carries. One who "released his tax returns" or "published the
// take-down notice" made a record public, not the record: no CREATES edge (it falls back to RELATED_TO, which
// the gate keeps only as it keeps any fallback edge); one who "released a new album" or "published a novel" made
// it (CREATES). Applied to a draft before the edge gate, as condition-sense.ts is.
import { lastWordOf } from './entity-tokens.js';
import type { TripleDraft } from './rule.js';
import type { SentenceView } from './sentence-view.js';
import { FALLBACK_TYPE } from './vocabulary.js';

const DISCLOSE_VERBS = new Set(['release', 'publish']);
/** Head nouns of records one discloses, whoever drew them up. */
const RECORD_HEADS = new Set(
  `return returns notice notices record records document documents data figure figures file files email emails
  transcript transcripts footage name names list detail details information result results statistics
  letter letters memo memos recording recordings image images photo photos photograph photographs`.split(/\s+/),
);

/** The draft retyped by the sense of "release"/"publish", or the draft itself. */
export function retypedByDisclosureSense(view: SentenceView, d: TripleDraft): TripleDraft {
  if (d.predicate.type !== 'CREATES' || !DISCLOSE_VERBS.has(d.verb?.lemma ?? '')) return d;
  if (!RECORD_HEADS.has(lastWordOf(view, d.object))) return d;
  return { ...d, predicate: { ...d.predicate, type: FALLBACK_TYPE } };
}
