// "blamed the outbreak on contaminated wells": with "on" after its object, "blame" names what went wrong, not whom
// it faults; the one faulted is the object of "on" ("blamed Acme Corp for the outbreak" faults Acme Corp). So the
// direct object is no CRITICIZES target.
import type { TripleDraft } from './rule.js';
import type { SentenceView } from './sentence-view.js';
import { CALENDAR } from '../entities/names/name-tokens.js';
import { mentionEndAfter } from './entity-tokens.js';

export function blamedOn(view: SentenceView, d: TripleDraft): boolean {
  if (!d.verb || d.verb.lemma !== 'blame' || d.verb.passive) return false;
  const { toks } = view;
  const k = mentionEndAfter(view, d.object, d.verb.to);
  if (k < 0 || toks[k + 1]?.normal !== 'on' || /[,;:]/.test(toks[k].post)) return false;
  // ("blamed Acme Corp on Monday for the fire": "on" and a day is a time.)
  const when = toks[k + 2];
  return !(!!when && (CALENDAR.has(when.normal) || /^\d/.test(when.text) || when.tags.has('Date')));
}
