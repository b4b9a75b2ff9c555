// Acts kept from happening by the verb and preposition before their gerund: "refrained from criticising Tom
// Hale", "was barred from visiting Norland", "stopped short of naming Acme" say the gerund's act did not
// happen, and so do verbs of giving up ("withdrew from using Ann Cole as its candidate", "pulled out of buying
// Beta"); "benefited from working with X" and "was proud of meeting X" say nothing of the kind. The
// triple keeps its type, negated, as "refused to meet" does (verb-group.ts).
import type { Chunk } from './chunks.js';
import type { TripleDraft } from './rule.js';
import type { SentenceView } from './sentence-view.js';

/** Verbs, active or passive, whose "from"-gerund did not happen. */
const KEEPING = new Set(
  `refrain abstain desist prevent bar ban stop block keep prohibit forbid discourage dissuade deter exclude
  disqualify`.split(/\s+/),
);

/** Verbs of giving up, whose "from"-gerund ("withdrew from using Ann Cole as its candidate", "backed away from
 * buying Beta") or "of"-gerund ("pulled out of buying Beta") is no longer done. */
const GIVING_UP_FROM = new Set(['withdraw', 'retreat', 'back away', 'back off', 'pull back', 'walk away', 'step back']);
const GIVING_UP_OF = new Set(['pull out', 'back out', 'opt out', 'drop out']);

/** Group `vg`, then preposition `prep`, keep what follows from happening. */
function keeps(view: SentenceView, vg: Chunk | undefined, prep: Chunk | undefined): boolean {
  if (prep?.kind !== 'PREP' || vg?.kind !== 'VG') return false;
  const p = view.toks[prep.from].normal;
  if (p === 'from' && GIVING_UP_FROM.has(vg.lemma)) return true;
  if (p === 'of' && GIVING_UP_OF.has(vg.lemma)) return true;
  if (p === 'from') return KEEPING.has(vg.lemmas[vg.lemmas.length - 1] ?? vg.lemma);
  // "stopped short of criticising": the chunker reads "short" into the group.
  return p === 'of' && view.toks[vg.to].normal === 'short' && vg.lemmas[0] === 'stop';
}

/** Whether the draft's act is a gerund kept from happening, so that its negation flips: read from the keeping
 * group ("did not refrain from criticising" criticised, the group's own negation flipped back) or from the
 * gerund (then only when the keeping group is not negated). */
export function keptFrom(view: SentenceView, d: TripleDraft): boolean {
  if (!d.verb) return false;
  const ch = view.chunks;
  const c = ch.indexOf(d.verb);
  if (d.verb.gerund && keeps(view, ch[c - 2], ch[c - 1])) return !ch[c - 2].negated;
  const gerund = ch[c + 2];
  return !!gerund?.gerund && gerund.to < d.to && keeps(view, d.verb, ch[c + 1]);
}
