// "Join" names a partnership only when one actor joins another in the active voice ("Beta joined Acme in
// suing the city"). "Ann Cole was joined by Tom Hale at the finish line" says only that he came to her, and
// "Peru joined the Paris Agreement" makes Peru a party to a treaty, not a partner of it. After a comma,
// "…, joining Tom Hale and Ann Cole" without "in" only says the subject now does as they did ("the clinic
// reopened on Sunday, joining two others that reopened on Friday").
import type { TripleDraft } from './rule.js';
import type { SentenceView } from './sentence-view.js';
import { mentionEndAfter } from './entity-tokens.js';

/** Head words of the names of agreements one becomes a party to. */
const AGREEMENT_HEADS = new Set(
  'agreement agreements accord accords treaty treaties pact pacts convention conventions protocol charter deal'.split(
    ' ',
  ),
);

/** "joined Ann Cole and Bo Lind in calling for …": "in" and a gerund after the object, before any break. */
function inDoing(view: SentenceView, d: TripleDraft): boolean {
  const { toks } = view;
  let k = mentionEndAfter(view, d.object, d.verb?.to ?? d.from);
  if (k < 0) return false;
  for (; k < toks.length - 1 && !/[,;:—–]/.test(toks[k].post); k++)
    if (toks[k + 1].normal === 'in') return !!toks[k + 2]?.tags.has('Gerund');
  return false;
}

/** True when a PARTNERS_WITH draft read from "join" is no partnership: a passive "was joined by", a person
 * joining a place or, without "in", a person, or an object named as an agreement (its mention in this sentence
 * ends on an agreement word). */
export function joinWithoutPartner(view: SentenceView, d: TripleDraft): boolean {
  if (d.predicate.type !== 'PARTNERS_WITH' || d.predicate.lemma.split(' ')[0] !== 'join') return false;
  if (d.verb?.passive) return true;
  const { toks, entityAt } = view;
  if (d.verb?.gerund && /,/.test(toks[d.verb.from - 1]?.post ?? '')) {
    let k = d.to + 1;
    while (k < toks.length && toks[k].normal !== 'in' && !/[,;:—–]/.test(toks[k - 1].post)) k++;
    if (toks[k]?.normal !== 'in') return true;
  }
  // "Tom Reilly joined Hamburg in July": a person joining a place moves there, or joins its club; "Tom Hale joined
  // Ann Cole on stage" only came to her. One person is another's partner in doing something ("in" after her).
  const subject = view.types.get(d.subject);
  const object = view.types.get(d.object);
  if (subject === 'Person' && object === 'Place') return true;
  if (subject === 'Person' && object === 'Person' && !inDoing(view, d)) return true;
  return toks.some((t, k) => entityAt[k] === d.object && entityAt[k + 1] !== d.object && AGREEMENT_HEADS.has(t.normal));
}
