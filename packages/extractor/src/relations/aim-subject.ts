// "Our long-term goal would be creating a network of clinics": after a noun naming an aim, "be" + gerund
// says what the aim is (the gerund is the copula's complement, not a progressive verb), so the goal
// creates nothing and no edge hangs on it.
import type { TripleDraft } from './rule.js';
import type { SentenceView } from './sentence-view.js';
import { BE } from './verb-group.js';

const AIM_HEADS = new Set(
  `goal goals aim aims objective objectives plan plans idea ideas priority priorities mission purpose hope hopes
  dream dreams task job intention intentions ambition ambitions vision strategy`.split(/\s+/),
);

/** The draft's subject is an aim noun and its verb "be" + a gerund (what the aim is). */
export function aimAsAct(view: SentenceView, d: TripleDraft): boolean {
  const v = d.verb;
  if (!v || !view.toks[v.to].tags.has('Gerund')) return false;
  if (!view.toks.slice(v.from, v.to).some((t) => BE.has(t.normal))) return false;
  let k = v.from - 1;
  while (k >= 0 && view.entityAt[k] !== d.subject) k--;
  return k >= 0 && AIM_HEADS.has(view.toks[k].normal);
}
