// "Hagia Sophia, formerly a Greek Orthodox church and now a museum", "Santa Maria, a church in the old town":
// a name followed by a comma and an indefinite or definite noun phrase whose head is a word for a place or a
// body says what the name is, more surely than the shape of the name (a given name inside it made "Hagia
// Sophia" a person). The head must end its phrase ("Grace Hale, a museum director" is a director). So does
// a kind named before "called"/"named" ("a party called Zorin Australia", "a company named Blue Harbour"):
// the writer says what the name is, over what its words suggest. A place's kind set off before its name says
// so too ("through the capital, Karsk, on Friday").
import { ADJECTIVE_ENDING } from '../names/name-tokens.js';
import type { Token } from '../../tokens.js';
import type { EntityStep } from '../entity-step.js';
import type { EntityType } from '../../types.js';
import type { NameSpan } from '../spans.js';
import { DIVISION_WORDS, ORG_HEADS, ORG_KINDS, PLACE_HEADS } from '../lexicon/org-words.js';
import { VEHICLE_HEADS } from '../lexicon/work-words.js';
import { POSSESSIVE_DETERMINERS } from '../lexicon/pronouns.js';
import { givenName } from '../../lexicon-tags.js';

const OPENERS = new Set(['a', 'an', 'the']);
/** Words for a place that name no place's own kind in a name (so no PLACE_HEADS word): "Karsk, the capital". */
const PLACE_NOUNS = new Set(['capital']);
const placeNoun = (t: Token) => PLACE_HEADS.has(t.normal) || PLACE_NOUNS.has(t.normal);
const TIME_WORDS = new Set(['formerly', 'now', 'once', 'originally', 'previously']);
const MAX_MODIFIERS = 3;

/** Kinds of organisation that are people's trades too ("Ann Cole, the publisher,"). */
const PEOPLE_TRADES = new Set(['publisher', 'broadcaster', 'contractor', 'maker', 'supplier']);

/** "Deutsche Bahn, the national rail operator,": a kind of firm ends the apposition, after a name that opens
 * with no given name ("Tom Hale, the camera operator," is a person). */
const firmKind = (t: Token, s: NameSpan) =>
  ORG_KINDS.has(t.normal) && !PEOPLE_TRADES.has(t.normal) && !givenName(s.tokens[0].text);

/** The kind the apposition after `s` gives, if any. */
export function appositiveKind(s: NameSpan, tokens: Token[]): EntityType | undefined {
  const last = s.tokens[s.tokens.length - 1];
  if (!/^,\s*$/.test(last.post)) return undefined;
  let k = last.i + 1;
  if (TIME_WORDS.has(tokens[k]?.normal ?? '')) k++;
  if (!OPENERS.has(tokens[k]?.normal ?? '') || tokens[k].sentence !== s.sentence) return undefined;
  for (let m = k + 1; m <= k + 1 + MAX_MODIFIERS && tokens[m]?.sentence === s.sentence; m++) {
    const t = tokens[m];
    const next = tokens[m + 1];
    // ("Zepbound, a rival drug made by Eli Lilly": a participle and "by" close the noun phrase too.)
    const madeBy = !!next && next.tags.has('PastTense') && tokens[m + 2]?.normal === 'by';
    const ends =
      /[,;.]/.test(t.post) ||
      !next ||
      next.sentence !== s.sentence ||
      ['and', 'in', 'by', 'about'].includes(next.normal) ||
      madeBy;
    // ("Rockwell Collins, a maker of aircraft parts": a kind of firm before "of" and what it makes or runs)
    if (next?.normal === 'of' && /^\p{Ll}/u.test(t.text) && ORG_KINDS.has(t.normal) && !/\S/.test(t.post))
      return 'Organization';
    if (ends && /^\p{Ll}/u.test(t.text)) {
      if (placeNoun(t)) return 'Place';
      if (ORG_HEADS.has(t.normal) || publicService(t, tokens[t.i - 1]) || firmKind(t, s)) return 'Organization';
      if (PRODUCT_KINDS.has(t.normal)) return 'Product';
      return undefined;
    }
    // Only modifiers come between: "the participation of this team" is about a participation.
    if (/\S/.test(t.post) || ['Preposition', 'Determiner', 'Conjunction', 'Verb'].some((x) => t.tags.has(x)))
      return undefined;
  }
  return undefined;
}

/** "through the capital, Karsk, on Friday": a phrase of "the" and a word for a place, set off by a comma right
 * before the name, which a comma or the sentence's end closes, says the name is a place; "Norland's largest
 * lender, Fjord Savings, fell", "its parent company, Acme Holdings,": a kind of body so set off, after "the" or
 * an owner, says it is an organisation; "Its rover, Pragyan," a vehicle, a Product, and so does a work or a
 * drug brought in with "a" and named with "the" ("a medieval manuscript, the Codex Dorn,"). */
export function kindBefore(s: NameSpan, tokens: Token[]): EntityType | undefined {
  // ("a medieval manuscript, the Codex Dorn,": a made thing's name may take "the" after the comma.)
  const the = tokens[s.tokens[0].i - 1]?.normal === 'the' ? 1 : 0;
  const comma = tokens[s.tokens[0].i - 1 - the];
  const last = s.tokens[s.tokens.length - 1];
  const next = tokens[last.i + 1];
  if (!comma || !/^,\s*$/.test(comma.post) || comma.sentence !== s.sentence) return undefined;
  const kind = placeNoun(comma)
    ? 'Place'
    : ORG_KINDS.has(comma.normal) || publicService(comma, tokens[comma.i - 1])
      ? 'Organization'
      : VEHICLE_HEADS.has(comma.normal) || PRODUCT_KINDS.has(comma.normal)
        ? 'Product'
        : undefined;
  if (!kind || (the && kind !== 'Product')) return undefined;
  if (next && next.sentence === s.sentence && !/^[,;.]/.test(last.post.trim())) return undefined;
  for (let k = comma.i - 1; k >= comma.i - 1 - MAX_MODIFIERS && tokens[k]?.sentence === s.sentence; k--) {
    if (tokens[k].normal === 'the') return kind;
    // ("a medieval Christian manuscript, the Codex Climaci Rescriptus,": a made thing brought in with "a", its
    // name with "the".)
    if (kind === 'Product' && ['a', 'an'].includes(tokens[k].normal)) return the ? kind : undefined;
    const adjective = tokens[k].tags.has('Adjective') || ADJECTIVE_ENDING.test(tokens[k].text);
    if (kind === 'Product' && adjective && !/\S/.test(tokens[k].post)) continue;
    const owner = /['’]s?$/.test(tokens[k].text) || POSSESSIVE_DETERMINERS.has(tokens[k].normal);
    // ("Its rover, Pragyan, measured …": a vehicle an owner has is a made thing too)
    if (kind !== 'Place' && owner && !/\S/.test(tokens[k].post)) return kind;
    if (/\S/.test(tokens[k].post) || !/^\p{Ll}/u.test(tokens[k].text) || tokens[k].tags.has('Verb')) return undefined;
  }
  return undefined;
}

/** "the national weather service, Météo-France", "the country's health service, NHS": a service a field word
 * names is a body ("a memorial service" is an occasion). */
const SERVICE_FIELDS = new Set(
  'weather meteorological health news postal fire ambulance prison probation intelligence security civil'.split(' '),
);
export const publicService = (t: Token, before: Token | undefined) =>
  t.normal === 'service' && !!before && SERVICE_FIELDS.has(before.normal) && !/\S/.test(before.post);

const NAMING = new Set(['called', 'named', 'dubbed']);
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'new']);
const PERSON_KINDS = new Set(['man', 'woman', 'boy', 'girl', 'person']);
/** Made things a name may be given: "a vaccine called R21", "the app, called Zorro,". */
const PRODUCT_KINDS = new Set(
  `vaccine drug medicine treatment app application software device phone chip rocket satellite spacecraft book
  novel memoir manuscript codex treatise film documentary album painting`.split(/\s+/),
);
// Heads of a body's name ("World Food Programme") that alone name a scheme, not a body: "a program dubbed …".
const SCHEMES = new Set(['program', 'programme', 'project', 'initiative', 'service', 'services', 'fund']);

/** The kind that "a <kind> called" right before `s` gives, if any. */
export function calledKind(s: NameSpan, tokens: Token[]): EntityType | undefined {
  const naming = tokens[s.tokens[0].i - 1];
  if (!naming || !NAMING.has(naming.normal) || naming.sentence !== s.sentence) return undefined;
  const kind = tokens[naming.i - 1];
  if (!kind || kind.sentence !== s.sentence || !/^\p{Ll}+$/u.test(kind.text)) return undefined;
  // ("The vaccine, called R21, …": set off by a comma, the kind's article must stand right before it.)
  const comma = /^,\s*$/.test(kind.post);
  if ((/\S/.test(kind.post) && !comma) || (comma && !DETERMINERS.has(tokens[kind.i - 1]?.normal ?? '')))
    return undefined;
  // A determiner opens the kind's phrase within three words: "a small party called …", not "Ann Cole, party
  // leader, called …" (a verb of calling someone).
  let k = kind.i - 1;
  while (k >= kind.i - 3 && tokens[k] && !DETERMINERS.has(tokens[k].normal)) {
    if (/\S/.test(tokens[k].post) || !/^\p{Ll}/u.test(tokens[k].text) || tokens[k].tags.has('Verb')) return undefined;
    k--;
  }
  if (!tokens[k] || !DETERMINERS.has(tokens[k].normal)) return undefined;
  if ((ORG_HEADS.has(kind.normal) && !SCHEMES.has(kind.normal)) || ORG_KINDS.has(kind.normal)) return 'Organization';
  if (PLACE_HEADS.has(kind.normal) || DIVISION_WORDS.has(kind.normal)) return 'Place';
  if (PERSON_KINDS.has(kind.normal)) return 'Person';
  if (PRODUCT_KINDS.has(kind.normal)) return 'Product';
  return undefined;
}

export const appositiveKinds: EntityStep = {
  name: 'appositive-kinds',
  description:
    'a name followed by ", a church", ", formerly a … museum", or after "a party called", is the place or body so named',
  apply(groups, ctx) {
    for (const g of groups) {
      const called = new Set(g.spans.map((s) => calledKind(s, ctx.tokens)).filter((x) => x !== undefined));
      if (called.size === 1) {
        [g.type] = called;
        g.strong = true;
        continue;
      }
      if (g.type === 'Concept' || (g.type === 'Place' && g.strong)) continue;
      // (a kind set off before the name only for a name no strong rule typed: "In the city, Ann Cole, the mayor,";
      // "Norland's largest lender, Fjord Savings"; a weak place by either: "Santa Lucia, now a museum")
      const kindOf = (s: NameSpan) =>
        appositiveKind(s, ctx.tokens) ?? (g.strong ? undefined : kindBefore(s, ctx.tokens));
      const kinds = new Set(g.spans.map(kindOf).filter((x) => x !== undefined));
      if (kinds.size !== 1) continue;
      // (a kind that agrees with a weak guess makes it sure: "Brightmoor Threat Intelligence, a security firm,")
      const [kind] = kinds;
      g.type = kind!;
      g.strong = true;
    }
    return groups;
  },
};
