// Named storms: "Hurricane Dorian", "Typhoon Haiyan", "Tropical Storm Barry", "Super Typhoon Goni". The
// weather agencies name storms with given names, so compromise reads the name as a person (and "Dorian"
// later as that person's surname); the storm word in front says it is a happening. Only the storm word (with
// its grade) and one name word: "National Hurricane Center" and "Hurricane Hunters" are bodies, not storms.
import type { Token } from '../../tokens.js';
import { givenName, lexiconTags } from '../../lexicon-tags.js';
import { ORG_HEADS, PLACE_HEADS } from '../lexicon/org-words.js';
import { isCap } from '../names/capitals.js';

const STORMS = new Set(['hurricane', 'typhoon', 'cyclone']);
/** Words that grade a storm before its kind: "Tropical Storm", "Super Typhoon", "Severe Tropical Cyclone". */
const GRADES = new Set(['tropical', 'subtropical', 'post-tropical', 'extratropical', 'super', 'severe']);
const KINDS = new Set([...STORMS, 'storm', 'depression']);

/** The tokens are a storm's kind and its one-word name ("Hurricane Dorian", "Tropical Storm Barry"). */
export function stormName(tokens: Token[]): boolean {
  if (tokens.length < 2 || !tokens.every(isCap)) return false;
  let k = 0;
  while (k < tokens.length - 2 && GRADES.has(tokens[k].normal)) k++;
  const kind = tokens[k].normal;
  // A bare "Storm" or "Depression" is a storm's kind only after a grade ("Storm Area 51", "Storm Shadow" are no
  // storms), or before a given name the lexicon knows: the European services name storms so ("Storm Bert").
  const word = tokens[k + 1]?.normal.replace(/['’]s?$/, '') ?? '';
  const named = kind === 'storm' && k === 0 && givenName(word);
  if (!(STORMS.has(kind) || (k > 0 && KINDS.has(kind)) || named) || k !== tokens.length - 2) return false;
  return !ORG_HEADS.has(word) && !PLACE_HEADS.has(word) && !lexiconTags(word).includes('Plural');
}
