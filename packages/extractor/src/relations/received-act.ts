// Acts received: "Tom Hale faced criticism from Ann Cole", "won the backing of Acme Corp", "received a visit from
// the minister". The relation noun's doer is the one after "from" / "of", and the subject is its target, so the
// edge turns round (Ann Cole CRITICIZES Tom Hale). One only asked for ("sought the approval of Norland") has not
// been given: the verb phrase alone is kept.
import type { Chunk } from './chunks.js';
import type { SentenceView } from './sentence-view.js';
import { FALLBACK_TYPE } from './vocabulary.js';

/** Verbs whose object noun is something the subject gets from another. */
const RECEIVING = new Set(
  'receive get obtain accept face draw attract win earn secure gain garner enjoy have retain welcome'.split(' '),
);
const GOT: Record<string, string> = { got: 'get', gotten: 'get' };
/** Verbs whose object noun is something the subject wants from another. */
const ASKING = new Set('seek request want need court solicit ask'.split(' '));
/** After "of" the noun's owner is its doer only for these ("the support of X"; "control of X" is what is held). */
const OF_DOER_TYPES = new Set(['SUPPORTS', 'CRITICIZES', 'APPOINTS']);

/**
 * How a predicate whose type came from its object noun reads after the subject's verb group `vg`: 'turned' when
 * the subject received the act from the object, 'asked' when it only sought it, undefined otherwise. A gerund
 * the group took in is that noun ("received funding from X": the word before it is the verb).
 */
export function receivedAct(view: SentenceView, vg: Chunk, pred: { type: string; lemma: string; text: string }) {
  if (pred.type === FALLBACK_TYPE) return undefined;
  const before = view.toks[vg.to - 1];
  const gerund = view.toks[vg.to].tags.has('Gerund') && vg.to > vg.from && pred.lemma === vg.lemma;
  // ("got" and "gotten" come without a root: the tagger reads them as auxiliaries.)
  const base = gerund ? (before.root ?? GOT[before.normal] ?? before.normal) : vg.lemma.split(' ')[0];
  if (!gerund && (pred.lemma === vg.lemma || pred.lemma === base)) return undefined;
  const prep = /\s(from|of)$/i.exec(pred.text)?.[1]?.toLowerCase();
  if (!prep || (prep === 'of' && !OF_DOER_TYPES.has(pred.type))) return undefined;
  if (ASKING.has(base)) return 'asked';
  return RECEIVING.has(base) ? 'turned' : undefined;
}
