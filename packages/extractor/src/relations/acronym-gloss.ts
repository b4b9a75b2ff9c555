// "ODESC [Officials Committee for Domestic and External Security Coordination]": square brackets right
// after an acronym spell it out, an editor's gloss. The acronym is the thing the sentence speaks of; a name
// read inside the gloss (often cut at its "and") is no end of an edge of that sentence.
import type { SentenceView } from './sentence-view.js';
import { isAcronym } from '../entities/names/name-key.js';

/** Whether every mention of entity `id` in the sentence lies inside such a gloss. */
export function onlyInAcronymGloss(view: SentenceView, id: string): boolean {
  const { toks, entityAt, text } = view;
  const gap = (k: number) => (k > 0 && toks[k] ? text.slice(toks[k - 1].end, toks[k].start) : '');
  let inGloss = false;
  let seen = false;
  for (let k = 0; k < toks.length; k++) {
    if (gap(k).includes('[') && k > 0 && isAcronym(toks[k - 1].text)) inGloss = true;
    if (gap(k).includes(']')) inGloss = false;
    if (entityAt[k] !== id) continue;
    if (!inGloss) return false;
    seen = true;
  }
  return seen;
}
