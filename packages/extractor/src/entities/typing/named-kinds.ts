// Tests for type rules (type-rules.ts) that read a kind off a name's own words, where the parse's tags
// mislead: a faith ("Roman Catholic", "Tibetan Buddhism": "Roman" is also a given name), an honour named
// "Hero of …" or "Medal of …" (not the body in its complement), a legislature's one-word name ("Senate",
// which the parse may tag a place), a people named by origin ("Native American", "Indigenous Australians"),
// a craft or instrument ("James Webb Space Telescope", named after a person), a stretch of sea named for its
// shores ("English Channel"), and a one-word place name the parse took for an organisation.
import type { NameSpan } from '../spans.js';
import { givenName } from '../../lexicon-tags.js';
import { DEMONYMS } from '../lexicon/demonyms.js';
import { COMPASS_WORDS } from '../lexicon/compass-words.js';
import { PERSON_TAGS, placeWord } from '../lexicon/known-places.js';
import { withoutPossessive } from '../names/name-key.js';

/** Faiths and the adjectives of faith that end a name of one ("Sunni Islam", "Roman Catholic", "Greek Orthodox"). */
const FAITH_WORDS = new Set(
  `islam christianity judaism hinduism buddhism sikhism jainism catholicism protestantism catholic protestant
  orthodox muslim jewish hindu buddhist sikh`.split(/\s+/),
);
const bare = (t: { text: string }) => withoutPossessive(t.text);

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
/** Chambers named by a word that alone names buildings too ("Opera House"): a chamber only alone ("the state
 * House", "the House voted") or after a state's name ("the Illinois House", "the Ohio Assembly"). */
const HOUSES = new Set(['house', 'assembly']);

export function chamberWord(s: NameSpan): boolean {
  const words = s.tokens.map((t) => bare(t).toLowerCase());
  if (words.length === 1) return CHAMBERS.has(words[0]) || HOUSES.has(words[0]);
  const state = s.tokens[0];
  return (
    words.length === 2 &&
    (CHAMBERS.has(words[1]) || HOUSES.has(words[1])) &&
    state.tags.has('Region') &&
    !state.tags.has('Person')
  );
}

const OTHER_TAGS = [...PERSON_TAGS, 'Organization'];

/** "at London's Royal Veterinary College", "in Delhi[...]": a word the lexicon knows only as a city, country
 * or region, which the parse tagged an organisation (before another name, or before a bracket) but not a
 * person. Not before a noun: "the Montreal team" may be a body named for its city ("University of Montreal"). */
export function knownPlaceWord(s: NameSpan): boolean {
  if (s.tokens.length !== 1 || s.tokens[0].tags.has('Person') || s.nounAfter) return false;
  return placeWord(bare(s.tokens[0]), OTHER_TAGS);
}

/** "the English Channel", "the Bristol Channel", "the North Channel": a channel named by a demonym, a place or
 * a compass word is a strait (a broadcaster's channel is named by its brand: "Discovery Channel"). */
export function seaChannel(s: NameSpan): boolean {
  if (s.tokens.length !== 2 || bare(s.tokens[1]).toLowerCase() !== 'channel') return false;
  const first = s.tokens[0];
  return DEMONYMS.has(first.normal) || COMPASS_WORDS.has(first.normal) || placeWord(first.text);
}

/** Words that open the name of a people before a demonym: "Native American", "South Asian American". */
const ORIGIN_WORDS = new Set('native indigenous aboriginal african asian european latin arab'.split(' '));

/**
 * "Native American", "African American", "Indigenous Australians": words of origin before a demonym name a
 * people or, singular, describe by it ("Native American voters"): a topic, never a body. Not "Scientific
 * American", "Equally American" (a plain word first), nor a country's demonym first ("American Samoan" is
 * the adjective of the place American Samoa, place-adjectives.ts).
 */
export function peopleName(s: NameSpan): boolean {
  if (s.tokens.length < 2 || s.tokens.length > 3 || !s.tokens.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text))) return false;
  const words = s.tokens.map((t) => bare(t).toLowerCase());
  const last = words[words.length - 1];
  if (!words.slice(0, -1).every((w) => ORIGIN_WORDS.has(w) || COMPASS_WORDS.has(w))) return false;
  if (!words.slice(0, -1).some((w) => ORIGIN_WORDS.has(w))) return false;
  return DEMONYMS.has(last) || (/s$/.test(last) && DEMONYMS.has(last.slice(0, -1)));
}

/** Craft and instruments whose names end in their kind ("Hubble Space Telescope", "Parker Solar Probe"). */
const CRAFT_HEADS = new Set('telescope telescopes spacecraft probe lander orbiter capsule satellite rocket'.split(' '));

/** "the James Webb Space Telescope", "the James Webb Telescope": a made thing, even when its first words are
 * a person's name. A telescope named by plain words ("the Very Large Telescope") is a site, `telescopeSite`. */
export function craftName(s: NameSpan): boolean {
  const last = s.tokens[s.tokens.length - 1];
  const head = bare(last).toLowerCase();
  if (s.tokens.length < 2 || !/^\p{Lu}/u.test(last.text) || !CRAFT_HEADS.has(head)) return false;
  return !head.startsWith('telescope') || s.tokens[s.tokens.length - 2].normal === 'space' || personFirst(s);
}

const personFirst = (s: NameSpan) => s.tokens[0].tags.has('FirstName') || givenName(s.tokens[0].text);

/** "the Very Large Telescope", "the Giant Magellan Telescope": an observatory's instrument on the ground, a
 * site (it is in a country, it belongs to an observatory). */
export function telescopeSite(s: NameSpan): boolean {
  const last = s.tokens[s.tokens.length - 1];
  return s.tokens.length >= 2 && /^Telescopes?$/.test(bare(last)) && !craftName(s);
}
