// Whether a bare past participle after a noun is a reduced relative describing that noun ("firms linked to
// Huawei") rather than the verb of its own clause.
import type { SentenceView } from './sentence-view.js';
import { headOfRun } from './head-of-run.js';
import { clauseBefore, takesClause } from './clause-before.js';

/** A bare past participle right after a noun that is itself an object: a reduced relative ("firms linked to X"). */
export function isParticiple(view: SentenceView, c: number): boolean {
  const ch = view.chunks;
  const vg = ch[c];
  if (vg.kind !== 'VG' || vg.from !== vg.to) return false;
  const t = view.toks[vg.from];
  if (!t.tags.has('PastTense') && !t.tags.has('Participle')) return false;
  const np = ch[c - 1];
  if (!np || np.kind !== 'NP' || np.breakAfter) return false;
  // A personal pronoun takes no reduced relative: "indicated she won in Ohio" is a clause.
  if (view.toks[np.to].tags.has('Pronoun')) return false;
  const before = ch[headOfRun(ch, c - 1) - 1];
  const next = ch[c + 1];
  // "… say Xi met Biden" is a complement clause; "firms linked to Huawei" continues with a preposition.
  // A reduced relative hangs on a clause that already has its verb: in "Fans carrying posters of Hale
  // marched to Paris" nothing before "marched" is finite, so it is the main verb.
  const mainVerbBefore = ch.slice(0, c).some((k) => k.kind === 'VG' && k.finite);
  // "The man who shot Ann Cole fled to Oslo": a verb inside a relative clause is not the main verb; the
  // participle reading needs the main verb still to come ("the agency that funded firms linked to X praised").
  const relative = typeof clauseBefore(view, headOfRun(ch, c - 1)) === 'object';
  if (relative && !ch.slice(c + 1).some((k) => k.kind === 'VG' && k.finite)) return false;
  // "NRK reported the fire started in a car": after a verb of saying or knowing, a past form with no finite
  // verb after it is the reported clause's own verb ("said the money raised in May was spent" has one).
  const laterFinite = ch.slice(c + 1).some((k) => k.kind === 'VG' && k.finite);
  if (before?.kind === 'VG' && takesClause(before.lemma) && t.tags.has('PastTense') && !laterFinite) return false;
  return (
    !!before &&
    (before.kind === 'PREP' || before.kind === 'VG') &&
    !!next &&
    (next.kind === 'PREP' || timePhraseAt(view, c + 1)) &&
    mainVerbBefore
  );
}

/** Words that open a clause or, before a bare noun phrase, a time phrase. */
const TIME_WORDS = new Set(['after', 'before', 'since', 'until']);

/** "in a video posted after the ruling and …": a time word then a noun phrase with no verb of its own is a
 * preposition's phrase, as "linked to Huawei" is ("after the court ruled" is a clause). */
function timePhraseAt(view: SentenceView, k: number): boolean {
  const ch = view.chunks;
  return (
    ch[k]?.kind === 'SUB' &&
    TIME_WORDS.has(view.toks[ch[k].from].normal) &&
    ch[k + 1]?.kind === 'NP' &&
    ch[k + 2]?.kind !== 'VG'
  );
}
