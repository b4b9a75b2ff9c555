// "the Nevada Test and Training Range", "the Seattle Art and Craft Museum": a place's name, one ordinary word,
// "and", one more ordinary word and a place or site word (a range, a park, a museum, a centre) name one site,
// the two words sharing the head ("Test Range", "Training Range"). org-name-joins.ts joins "and" only inside names with no known
// name before it; here the place opening the name is no name of the whole. Tight on purpose, since "the Utah
// Jazz and Vivint Arena" are two things: the words either side of "and" must be ordinary English words the
// lexicon knows (not "Vivint"), singular, and nothing may follow the head; and the head names a site, not a
// body ("the Miami Heat and Energy Department" are a team and a department).
import type { Token } from '../../tokens.js';
import { ORG_HEADS, PLACE_HEADS } from '../lexicon/org-words.js';
import { isKnownPlace } from '../lexicon/known-places.js';
import { plainWord } from '../../lexicon-tags.js';
import { has, lower, quiet } from './name-tokens.js';

// Organisation words that also name the site a body occupies.
const SITE_HEADS = new Set(['museum', 'centre', 'center', 'library', 'gallery', 'laboratory', 'observatory']);
const head = (t: Token) => SITE_HEADS.has(lower(t)) || PLACE_HEADS.has(lower(t));
const ordinary = (t: Token) =>
  /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
  plainWord(t.text) &&
  !t.tags.has('Plural') &&
  !head(t) &&
  !ORG_HEADS.has(lower(t)) &&
  !has(t, ['Person']);
const placeWord = (t: Token) => t.tags.has('Place') || isKnownPlace(t.text);

/** How many tokens from `j` ("and" after `run`) continue the name: 3 ("and Training Range") or 0. */
export function placeAndJoin(run: Token[], row: Token[], j: number, nameAt: (k: number) => boolean): number {
  const [word, last] = [row[j + 1], row[j + 2]];
  if (row[j].normal !== 'and' || run.length < 2 || run.length > 4) return 0;
  const before = run[run.length - 1];
  if (!run.slice(0, -1).every(placeWord) || !ordinary(before)) return 0;
  if (!quiet(row[j], word) || !quiet(word, last) || !nameAt(j + 1) || !nameAt(j + 2)) return 0;
  if (!ordinary(word) || !head(last) || last.tags.has('Plural')) return 0;
  // Nothing more of a name after the head ("… Training Range Command" is another name's start).
  if (quiet(last, row[j + 3]) && (nameAt(j + 3) || row[j + 3].normal === 'of')) return 0;
  return 3;
}
