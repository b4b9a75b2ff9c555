// "blamed the outbreak on contaminated wells": with "on" after its object, "blame" names what went wrong, not whom
// it faults; the one faulted is the object of "on" ("blamed Acme Corp for the outbreak" faults Acme Corp). So the
// direct object is no CRITICIZES target.
import type { TripleDraft } from './rule.js';
import type { SentenceView } from './sentence-view.js';
import { CALENDAR } from '../entities/names/name-tokens.js';

export function blamedOn(view: SentenceView, d: TripleDraft): boolean {
  if (!d.verb || d.verb.lemma !== 'blame' || d.verb.passive) return false;
  const { toks, entityAt } = view;
  let k = d.verb.to + 1;
  while (k < toks.length && entityAt[k] !== d.object) k++;
  while (k + 1 < toks.length && entityAt[k + 1] === d.object) k++;
  // ("blamed Acme Corp on Monday for the fire": "on" and a day is a time.)
  const when = toks[k + 2];
  const time = !!when && (CALENDAR.has(when.normal) || /^\d/.test(when.text) || when.tags.has('Date'));
  return k < toks.length && toks[k + 1]?.normal === 'on' && !/[,;:]/.test(toks[k].post) && !time;
}
