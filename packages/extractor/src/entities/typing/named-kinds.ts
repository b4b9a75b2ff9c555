// Tests for type rules (type-rules.ts) that read a kind off a name's own words, where the parse's tags
// mislead: a faith ("Roman Catholic", "Tibetan Buddhism": "Roman" is also a given name), an honour named
// "Hero of …" or "Medal of …" (not the body in its complement), a legislature's one-word name ("Senate",
// which the parse may tag a place), a stretch of sea named for its shores ("English Channel"), and a one-word
// place name the parse took for an organisation.
import type { NameSpan } from '../spans.js';
import { lexiconTags } from '../../lexicon-tags.js';
import { DEMONYMS } from '../lexicon/demonyms.js';
import { COMPASS_WORDS } from '../lexicon/compass-words.js';

/** Faiths and the adjectives of faith that end a name of one ("Sunni Islam", "Roman Catholic", "Greek Orthodox"). */
const FAITH_WORDS = new Set(
  `islam christianity judaism hinduism buddhism sikhism jainism catholicism protestantism catholic protestant
  orthodox muslim jewish hindu buddhist sikh`.split(/\s+/),
);
const bare = (t: { text: string }) => t.text.replace(/['’]s?$/, '');

/** "Roman Catholic Christianity", "Sunni Islam", "Roman Catholic": a faith, not a person named Roman. */
export function faithName(s: NameSpan): boolean {
  if (s.tokens.length < 2 || !s.tokens.every((t) => /^\p{Lu}/u.test(t.text))) return false;
  const last = bare(s.tokens[s.tokens.length - 1]);
  // Only faiths by name: "-ism" also ends a trade or a practice ("Malaysia Tourism", "Counter Terrorism").
  return FAITH_WORDS.has(last.toLowerCase());
}

/** Words that open the name of an honour before "of": "Hero of the Soviet Union", "Medal of Honor". */
const HONOURS = new Set(['hero', 'medal', 'heroine']);

/** "Hero of the Soviet Union", "Medal of Honor", "Hero of Socialist Labour": a distinction, not its country. */
export function honourTitle(s: NameSpan): boolean {
  return s.tokens.length >= 3 && HONOURS.has(s.tokens[0].normal) && s.tokens[1].normal === 'of';
}

/** One word naming a legislature: the body, whatever the parse tags it ("North Carolina's state Senate"). */
const CHAMBERS = new Set(['senate', 'congress', 'parliament', 'legislature']);

export function chamberWord(s: NameSpan): boolean {
  return s.tokens.length === 1 && CHAMBERS.has(bare(s.tokens[0]).toLowerCase());
}

const PLACE_TAGS = ['City', 'Country', 'Region'];
const OTHER_TAGS = ['Person', 'LastName', 'FirstName', 'MaleName', 'FemaleName', 'Organization'];

/** "at London's Royal Veterinary College", "in Delhi[...]": a word the lexicon knows only as a city, country
 * or region, which the parse tagged an organisation (before another name, or before a bracket) but not a
 * person. Not before a noun: "the Montreal team" may be a body named for its city ("University of Montreal"). */
export function knownPlaceWord(s: NameSpan): boolean {
  if (s.tokens.length !== 1 || s.tokens[0].tags.has('Person') || s.nounAfter) return false;
  const tags = lexiconTags(bare(s.tokens[0]));
  return tags.some((t) => PLACE_TAGS.includes(t)) && !tags.some((t) => OTHER_TAGS.includes(t));
}

/** "the English Channel", "the Bristol Channel", "the North Channel": a channel named by a demonym, a place or
 * a compass word is a strait (a broadcaster's channel is named by its brand: "Discovery Channel"). */
export function seaChannel(s: NameSpan): boolean {
  if (s.tokens.length !== 2 || bare(s.tokens[1]).toLowerCase() !== 'channel') return false;
  const first = s.tokens[0];
  return (
    DEMONYMS.has(first.normal) ||
    COMPASS_WORDS.has(first.normal) ||
    lexiconTags(first.text).some((t) => PLACE_TAGS.includes(t))
  );
}
