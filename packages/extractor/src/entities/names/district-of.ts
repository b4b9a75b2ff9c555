// A district's own "of" inside a longer name: "United States District Court for the Western District of
// Virginia". name-spans.ts joins one connector per name, so the court's name stopped at "Western District" and
// the state after it read as where the district was ("… of Virginia in Abingdon": "Virginia LOCATED_IN Abingdon").
import type { Token } from '../../tokens.js';
import { PLACE_HEADS } from '../lexicon/org-words.js';
import { CONNECTORS, isCap, lower } from './name-tokens.js';

/** "District Court for the Western District of Virginia", "Museum of the Capital Region of Denmark": a second
 * "of" after a place named by a qualifier and a place word ("Western District") belongs to that place's
 * name. One connector before it at most. */
export function districtOf(own: Token[], t: Token): boolean {
  const links = own.flatMap((x, k) => (CONNECTORS.has(x.normal) && x.normal !== '&' ? [k] : []));
  if (t.normal !== 'of' || links.length !== 1) return false;
  const tail = own.slice(links[0] + 1).filter((x) => x.normal !== 'the');
  return tail.length >= 2 && tail.every((x) => isCap(x)) && PLACE_HEADS.has(lower(tail[tail.length - 1]));
}
