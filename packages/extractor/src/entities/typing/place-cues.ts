// Place cues for names compromise does not know ("Sochi", "Taikoo", "Genova"): a weakly typed one-word name
// right after a preposition of location ("in Sochi", "near Herat", "next to Genova", "in Vestria and Ostland";
// a town also known as a family name too, "in Lund"), before a lower-case division ("the Nakuru county
// commissioner"), after a side or neighbour word ("in southern Aravia",
// "from neighbouring Tessaly") or before a distance ("Porthaven, about 80 kilometres north") in most of its mentions
// is a place ("published in Nature", "an article in Haaretz" name a publication and are not counted); so is
// one written "Irving, Texas", one in capitals opening a dateline ("LOS GATOS, California — …"), and one with a
// governor or mayor of its own ("Chelyabinsk's governor", "the
// mayor of Chelyabinsk", "Chelyabinsk regional Deputy Governor").
import type { Token } from '../../tokens.js';
import type { NameGroup } from '../spans.js';
import type { EntityStep } from '../entity-step.js';
import { DIVISION_WORDS, ORG_HEADS } from '../lexicon/org-words.js';
import { PERSON_TAGS, placeWord } from '../lexicon/known-places.js';
import { cityPopulation } from '../lexicon/world-cities.js';
import { familyNames } from './city-names.js';
import { modifiesNoun } from './person-cues.js';

const LOCATIVE = new Set(['in', 'near', 'outside', 'around', 'across']);
/** "published in Nature", "wrote in Science", "an article in Haaretz": what is written appears in a journal or a
 * paper, so "in" after these words names a publication, not a place. */
const WRITTEN_IN = new Set(
  'publish published publishes publishing write wrote writes writing written appear appeared appears appearing article articles paper papers editorial column op-ed essay piece commentary'.split(
    ' ',
  ),
);
/** Offices only a town or region has: "X's governor". */
const LOCAL_OFFICES = new Set(['governor', 'mayor']);
/** "X regional government": the adjective says X is a region when a government word follows it. */
const REGION_ADJECTIVES = new Set(['regional', 'provincial', 'municipal']);
const GOVERNMENT_WORDS = new Set(
  'governor government administration authorities authority parliament assembly legislature deputy vice'.split(' '),
);

function writtenIn(t: Token, tokens: Token[]): boolean {
  const before = tokens[t.i - 1];
  return before?.normal === 'in' && before.sentence === t.sentence && WRITTEN_IN.has(tokens[t.i - 2]?.normal ?? '');
}

/** "the mayor of Esperanza", "Governor of Kaduna": no one is mayor of a person, so even a word the lexicon
 * knows as a given name is a place there. */
function mayorOf(s: NameGroup['spans'][number], tokens: Token[]): boolean {
  const of = tokens[s.tokens[0].i - 1];
  return (
    of?.normal === 'of' && of.sentence === s.tokens[0].sentence && LOCAL_OFFICES.has(tokens[of.i - 1]?.normal ?? '')
  );
}

/** "Chelyabinsk's governor", "Chelyabinsk regional Deputy Governor", "Dorn mayor Ann Cole": the name is governed
 * as a place. */
function governedPlace(s: NameGroup['spans'][number], tokens: Token[]): boolean {
  const t = s.tokens[s.tokens.length - 1];
  const after = tokens[t.i + 1];
  if (!after || after.sentence !== t.sentence || /\S/.test(t.post)) return false;
  if (/['’]s$/.test(t.text)) return LOCAL_OFFICES.has(after.normal) || placeElection(after, tokens);
  const office = tokens[t.i + 2];
  // "Dorn mayor Ann Cole": only a town has a mayor (a bank has a governor: "Fed governor …").
  if (
    after.normal === 'mayor' &&
    !/\S/.test(after.post) &&
    office?.sentence === t.sentence &&
    /^\p{Lu}/u.test(office.text)
  )
    return true;
  return (
    REGION_ADJECTIVES.has(after.text) &&
    !!office &&
    office.sentence === t.sentence &&
    !/\S/.test(after.post) &&
    GOVERNMENT_WORDS.has(office.normal)
  );
}

/** "in southern Aravia", "crews from neighbouring Tessaly": a part of a land or its neighbour (lower case, so
 * no word of a name: "Southern Company" is one). */
const SIDE_WORDS = new Set(
  `southern northern eastern western central southeastern southwestern northeastern northwestern south-eastern
  south-western north-eastern north-western neighbouring neighboring`.split(/\s+/),
);

/** "diverted to Porthaven, about 80 kilometres north": a distance set after the name measures where it lies. */
function distanceAfter(t: Token, tokens: Token[]): boolean {
  if (t.post.trim() !== ',') return false;
  let k = t.i + 1;
  if (['about', 'some', 'nearly', 'around', 'roughly', 'approximately'].includes(tokens[k]?.normal ?? '')) k++;
  return (
    tokens[k]?.sentence === t.sentence &&
    /^\d[\d,.]*$/.test(tokens[k].text) &&
    /^(?:kilometres|kilometers|km|miles|metres|meters|mi)$/.test(tokens[k + 1]?.normal ?? '')
  );
}

/** "Pelora's parliamentary election": only a land votes for a parliament or a president. */
const ELECTION_KINDS = new Set(['parliamentary', 'presidential', 'legislative', 'general', 'municipal']);
function placeElection(kind: Token, tokens: Token[]): boolean {
  const noun = tokens[kind.i + 1];
  return (
    ELECTION_KINDS.has(kind.normal) &&
    !/\S/.test(kind.post) &&
    noun?.sentence === kind.sentence &&
    /^(?:elections?|polls|vote)$/.test(noun.normal)
  );
}

/** "the streets of Valdor", "the health ministry of Maldaria", "the resorts of Lindos and Kiotari": what only a land
 * or a town has, or a word for a town, before "of" (the second of two names joined after it too). */
const OF_PLACE = new Set(
  `streets outskirts suburbs ministry government parliament residents citizens inhabitants coast resort resorts
  village villages town towns`.split(/\s+/),
);
const ofPlace = (t: Token, tokens: Token[]): boolean => {
  const of = tokens[t.i - 1];
  if (of?.normal === 'and' && /^\p{Lu}/u.test(tokens[t.i - 2]?.text ?? '') && !/\S/.test(tokens[t.i - 2].post))
    return ofPlace(tokens[t.i - 2], tokens);
  return of?.normal === 'of' && !/\S/.test(of.post) && OF_PLACE.has(tokens[of.i - 1]?.normal ?? '');
};

/** "in Vestria and Ostland": the second of two names joined after a preposition of location. */
function joinedToLocated(t: Token, tokens: Token[]): boolean {
  const [conj, first, prep] = [tokens[t.i - 1], tokens[t.i - 2], tokens[t.i - 3]];
  return (
    (!!prep &&
      ['and', 'or'].includes(conj.normal) &&
      /^\p{Lu}/u.test(first.text) &&
      !/\S/.test(first.post) &&
      LOCATIVE.has(prep.normal) &&
      prep.sentence === t.sentence) ||
    listedAfterLocated(t, tokens)
  );
}

/** "in Hamburg, Bremerhaven and Emden": a one-word item inside a list of one-word names that a preposition of
 * location opens, the list going on after it (not "In Paris, Reuters reported"). */
function listedAfterLocated(t: Token, tokens: Token[]): boolean {
  const next = tokens[t.i + 1];
  const goesOn = /^,\s*$/.test(t.post) || (!/\S/.test(t.post) && ['and', 'or'].includes(next?.normal ?? ''));
  if (!goesOn || !next || next.sentence !== t.sentence) return false;
  let k = t.i - 1;
  if (!/^,\s*$/.test(tokens[k]?.post ?? '')) return false;
  while (tokens[k] && /^\p{Lu}\p{Ll}+$/u.test(tokens[k].text) && /^,\s*$/.test(tokens[k].post)) k--;
  const prep = tokens[k];
  return k < t.i - 1 && !!prep && prep.sentence === t.sentence && LOCATIVE.has(prep.normal);
}

function retypeByPlaceCues(groups: NameGroup[], tokens: Token[]): void {
  // ("headquarters in Lund": a town that is also a family name is the town, unless an article's person bears it)
  const surnames = familyNames(groups);
  const town = (t: Token, g: NameGroup) => !surnames.has(g.lastWord) && cityPopulation(t.text) > 0;
  for (const g of groups) {
    if (g.strong || g.type === 'Concept' || g.type === 'Place' || g.words !== 1 || ORG_HEADS.has(g.key)) continue;
    // A mention "published in" is a journal's and says nothing of a place either way.
    // Nor does one modifying a lower-case noun: "in Marvel comics" is no place, and "Bradford council tax …
    // Households in Bradford" is one.
    const spans = g.spans.filter((s) => !writtenIn(s.tokens[0], tokens) && !modifiesNoun(s, tokens));
    const located = spans.filter((s) => {
      const t = s.tokens[0];
      // Not acronyms, known people or organisations, nor common nouns ("the prize in Physics").
      if (
        s.tokens.length !== 1 ||
        /^\p{Lu}+$/u.test(t.text) ||
        (t.tags.has('Person') && !town(t, g)) ||
        t.tags.has('Organization') ||
        t.tags.has('Uncountable') ||
        /['’]s$/.test(t.text)
      )
        return false;
      const before = tokens[t.i - 1];
      if (!before || before.sentence !== t.sentence) return false;
      return (
        LOCATIVE.has(before.normal) ||
        (before.normal === 'to' && tokens[t.i - 2]?.normal === 'next') ||
        joinedToLocated(t, tokens) ||
        SIDE_WORDS.has(before.text) ||
        distanceAfter(t, tokens) ||
        ofPlace(t, tokens)
      );
    });
    // Most of its mentions, not just one ("a member in Scientology", "roles in Batman" are not places).
    if (located.length * 2 > spans.length) g.type = 'Place';
    else if (
      g.spans.some(
        (s) =>
          s.tokens.length === 1 &&
          (mayorOf(s, tokens) ||
            divisionAfter(s, tokens) ||
            (!s.tokens[0].tags.has('Person') && governedPlace(s, tokens))),
      )
    )
      g.type = 'Place';
  }
  // "in the province of Cabo Delgado", "the city of Novo Ardi": a division's word, "the" before it and "of"
  // after it, classifies the place named next, of any length (a weak guess, here a person's, yields).
  for (const g of groups)
    if (!g.strong && g.type !== 'Place' && g.type !== 'Concept' && g.spans.some((s) => divisionOf(s, tokens)))
      g.type = 'Place';
  // "Frederick, Maryland", "Cheyenne, Wyoming": a one-word name the lexicon knows as a region, country or city
  // (and as no person) after a name and a comma qualifies that name. The parse reads the pair as a given name
  // and a family name there, so its Person tag is no evidence.
  for (const g of groups)
    if (!g.strong && g.type !== 'Place' && g.type !== 'Concept' && g.spans.some((s) => qualifier(s, tokens)))
      g.type = 'Place';
  // "LOS GATOS, California — Netflix said …": a dateline names the place the story was filed from.
  for (const g of groups)
    if (!g.strong && g.type !== 'Place' && g.type !== 'Concept' && g.spans.some((s) => s.dateline)) {
      g.type = 'Place';
      g.strong = true;
    }
  // "Irving, Texas", "Evansville, Indiana": a name followed by a comma and a state or country is a place.
  const placeAt = new Set<number>();
  for (const g of groups) if (g.type === 'Place') for (const s of g.spans) placeAt.add(s.tokens[0].i);
  for (const g of groups) {
    if (g.strong || g.type === 'Concept' || g.type === 'Place' || g.words > 3) continue;
    const inRegion = g.spans.some((s) => {
      const last = s.tokens[s.tokens.length - 1];
      if (s.tokens.some((t) => t.tags.has('Organization') || t.tags.has('Acronym'))) return false;
      const after = tokens[last.i + 1];
      return (
        last.post.trim() === ',' &&
        !!after &&
        after.sentence === last.sentence &&
        // ("Novo, Europe's most valuable company": a possessive opens an apposition, not the region.)
        !/['’]s?$/.test(after.text) &&
        // "from Wikinews, U.S. presidential candidates", "Hernan Dario Gomez, Panama coach,": a country used
        // as a modifier qualifies nothing.
        !(
          !/\S/.test(after.post) &&
          /^\p{Ll}/u.test(tokens[after.i + 1]?.text ?? '') &&
          (tokens[after.i + 1].tags.has('Adjective') || tokens[after.i + 1].tags.has('Noun'))
        ) &&
        (((after.tags.has('Country') || after.tags.has('Region')) && !after.tags.has('Person')) || placeAt.has(after.i))
      );
    });
    if (inRegion) g.type = 'Place';
  }
}

/** Divisions and features of the land written in lower case after their name ("the Nakuru county commissioner",
 * "the Amazon rainforest", "the Mekong delta"), and sites named after where they are ("the Saydnaya prison",
 * "the Tahrir square"). */
const DIVISIONS_AFTER = new Set(
  `county province district region municipality prefecture city town village island river valley lake counties
  provinces districts regions municipalities islands rainforest rainforests jungle desert delta basin estuary
  plateau steppe tundra peninsula exclave enclave prison jail square`.split(/\s+/),
);

/** "the Nakuru county commissioner", "on Vangunu island", "the Amazon rainforest", "the Saydnaya prison": a
 * lower-case division, feature or site right after the name. */
function divisionAfter(s: NameGroup['spans'][number], tokens: Token[]): boolean {
  const last = s.tokens[s.tokens.length - 1];
  const after = tokens[last.i + 1];
  return (
    !!after &&
    after.sentence === last.sentence &&
    !/\S/.test(last.post) &&
    /^\p{Ll}/u.test(after.text) &&
    DIVISIONS_AFTER.has(after.normal)
  );
}

/** "the province of Cabo Delgado", "the northern city of La Serena", "the border town of Rafah": "the", at most
 * one lower-case word that says which or what kind, a lower-case division word and "of" right before the name. */
function divisionOf(s: NameGroup['spans'][number], tokens: Token[]): boolean {
  const [of, word, the, first] = [1, 2, 3, 4].map((n) => tokens[s.tokens[0].i - n]);
  const kind = /^\p{Ll}+$/u.test(the?.text ?? '') && !/\S/.test(the.post) && the.sentence === s.sentence;
  return (
    of?.normal === 'of' &&
    word?.sentence === s.sentence &&
    /^\p{Ll}/u.test(word.text) &&
    DIVISION_WORDS.has(word.normal) &&
    (the?.normal === 'the' || (kind && the.normal !== 'of' && first?.normal === 'the')) &&
    !/\S/.test(word.post + of.post)
  );
}

/** "…, Maryland": one word the lexicon knows only as a place, right after a capitalised word and a comma. */
function qualifier(s: NameGroup['spans'][number], tokens: Token[]): boolean {
  if (s.tokens.length !== 1) return false;
  if (!placeWord(s.tokens[0].text.replace(/['’]s?$/, ''), PERSON_TAGS)) return false;
  const before = tokens[s.tokens[0].i - 1];
  return !!before && before.sentence === s.sentence && /^\p{Lu}/u.test(before.text) && before.post.trim() === ',';
}

export const placeCues: EntityStep = {
  name: 'place-cues',
  description:
    'a weakly typed one-word name mostly after "in"/"near" …, written "Irving, Texas", or with "\'s governor", is a Place',
  apply(groups, ctx) {
    retypeByPlaceCues(groups, ctx.tokens);
    return groups;
  },
};
