// "blamed the outbreak on contaminated wells": with "on" after its object, "blame" names what went wrong, not whom
// it faults; the one faulted is the object of "on" ("blamed Acme Corp for the outbreak" faults Acme Corp). And
// "blamed climate change for the rain", "blamed human error for the crash": a thing blamed for what it caused is a
// cause, not one criticised (people are: "blames federal regulators for the disaster"). So neither is a CRITICIZES
// target.
import type { TripleDraft } from './rule.js';
import type { SentenceView } from './sentence-view.js';
import { CALENDAR } from '../entities/names/name-tokens.js';
import { lastWordOf, mentionEndAfter } from './entity-tokens.js';
import { PEOPLE_GROUP_HEADS } from './people-nouns.js';

/** A plural noun for people by what they do ("regulators", "officials", "bankers", "activists"). */
const peopleNoun = (word: string) => PEOPLE_GROUP_HEADS.has(word) || /(?:ors|ers|ists|ians|ants|ents|als)$/.test(word);

export function blamedCause(view: SentenceView, d: TripleDraft): boolean {
  if (!d.verb || d.verb.lemma !== 'blame' || d.verb.passive) return false;
  const { toks } = view;
  const k = mentionEndAfter(view, d.object, d.verb.to);
  // (a thing blamed with nothing it caused may still be one faulted: "blamed capitalism as the root of all ills")
  if (view.types.get(d.object) === 'Concept' && toks[k + 1]?.normal === 'for') {
    const head = lastWordOf(view, d.object);
    return !head || !peopleNoun(head);
  }
  if (k < 0 || toks[k + 1]?.normal !== 'on' || /[,;:]/.test(toks[k].post)) return false;
  // ("blamed Acme Corp on Monday for the fire": "on" and a day is a time.)
  const when = toks[k + 2];
  return !(!!when && (CALENDAR.has(when.normal) || /^\d/.test(when.text) || when.tags.has('Date')));
}
