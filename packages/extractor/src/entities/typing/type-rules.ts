// Typing rules for name spans, as data: the first rule whose test passes gives the type. `strong` types
// win a vote over weak guesses when mentions of one entity disagree.
import { ARABIC_ARTICLE, SYLLABLE_NAME } from '../names/syllable-name.js';
import type { EntityType } from '../../types.js';
import type { NameSpan } from '../spans.js';
import { DEMONYMS, GROUP_NOUNS, PEOPLE_NOUNS } from '../lexicon/demonyms.js';
import {
  DIVISION_WORDS,
  DATED_EVENT_HEADS,
  EVENT_HEADS,
  VOTE_HEADS,
  CLUB_ONLY_OPENERS,
  FOREIGN_ORG_HEADS,
  FOREIGN_PLACE_HEADS,
  FRONT_PLACE_HEADS,
  OCCASION_HEADS,
  ORG_HEADS,
  PLACE_HEADS,
  NEWSPAPER_TITLES,
  ROMANCE_OF,
} from '../lexicon/org-words.js';
import { ROMAN_NUMERAL, YEAR } from '../names/number-joins.js';
import { warName } from '../names/war-names.js';
import { membersWord } from '../names/member-plurals.js';
import { scaleStep } from './scale-steps.js';
import { stormName } from './storm-names.js';
import { facilityName } from './facility-names.js';
import { branchName } from './branch-names.js';
import { namedAfterPerson } from './named-after-person.js';
import { participleGivenName } from '../names/participle-opener.js';
import { stateAbbreviationSpan } from '../names/state-abbreviation.js';
import { serviceDistrict } from './service-districts.js';
import { leaderTerm } from './leader-terms.js';
import { placePlural, pluralCommonNoun } from './place-plurals.js';
import {
  chamberWord,
  craftName,
  faithName,
  honourTitle,
  knownPlaceWord,
  peopleName,
  seaChannel,
  telescopeSite,
} from './named-kinds.js';
import { COUNTRY_ABBREVIATIONS, COUNTRY_NAMES } from '../lexicon/countries.js';
import { nameKey } from '../names/name-key.js';
import { FUNCTION_WORDS, SAINT, isTitle } from '../names/name-tokens.js';
import { AWARD_HEADS, LAW_HEADS, PRODUCT_SUFFIXES, SHOW_HEADS, VEHICLE_HEADS } from '../lexicon/work-words.js';
import { COMPASS_WORDS } from '../lexicon/compass-words.js';
import { AFFILIATIONS } from '../names/title-words.js';
import { familyAfterInitials } from '../names/initials.js';
import { givenName, lexiconTags } from '../../lexicon-tags.js';
import { aloneTags, ordinaryWord } from '../../common-word.js';
import { commonAbbreviation } from '../lexicon/common-abbreviations.js';
import { diseaseName } from '../lexicon/diseases.js';
import { isKnownPlace } from '../lexicon/known-places.js';
import { bodyOfCountry } from './body-of-country.js';
import { districtName } from '../names/capital-district.js';
import { utilityName } from './utility-names.js';

export interface TypeRule {
  name: string;
  type: EntityType;
  strong: boolean;
  test: (span: NameSpan) => boolean;
}

/** The sides a river's bank is named by ("West Bank", "Left Bank"). */
const RIVER_SIDES = new Set(['west', 'east', 'north', 'south', 'left', 'right']);

const PROPER_CONCEPTS = new Set(
  'internet web islam christianity judaism hinduism buddhism sikhism hajj ramadan christmas easter mass eucharist vespers evensong'.split(
    ' ',
  ),
);
// "Masjid Al-Haram", "Omar El-Bashir": an Arabic article, not a given name's first syllable.
const CELESTIAL = new Set(['earth', 'moon', 'mars', 'venus', 'mercury', 'jupiter', 'saturn', 'sun']);
/** "Pakistan Muslim League-Nawaz": an organisation word hyphened to the last word (a faction's or leader's name). */
const hyphenedHead = (s: NameSpan) => {
  const n = s.tokens.length;
  return n > 2 && s.tokens[n - 2].post === '-' && ORG_HEADS.has(s.tokens[n - 2].normal);
};
/** "Spirit AeroSystems", "Vertex BioSciences": a last word run together from two capitalised words, the second an
 * organisation word. */
const joinedHead = (s: NameSpan) => {
  const tail = /\p{Ll}(\p{Lu}\p{Ll}+)$/u.exec(s.tokens[s.tokens.length - 1].text);
  return !!tail && ORG_HEADS.has(tail[1].toLowerCase());
};
/** What a fair shows: "Air Show", "Motor Show", "Boat Show". */
const EXHIBITS = new Set(
  'air motor auto car boat flower trade horse dog fashion farm agricultural arms defence defense toy book art food wine'.split(
    ' ',
  ),
);
const words = (s: NameSpan) => s.tokens.filter((t) => /^\p{Lu}/u.test(t.text));
/** The two words before a brand: "sold as", "marketed as", "brand name". */
const BRAND_CUES: ReadonlySet<string> = new Set(['sold as', 'marketed as', 'branded as', 'brand name', 'trade name']);
const lastWord = (s: NameSpan) => s.tokens[s.tokens.length - 1].text.toLowerCase().replace(/['’]s?$/, '');
const orgBeforeCountry = (s: NameSpan) =>
  s.tokens.some(
    (t, k) =>
      k < s.tokens.length - 1 &&
      ORG_HEADS.has(t.normal) &&
      COUNTRY_NAMES.has(
        s.tokens
          .slice(k + 1)
          .map((x) => x.normal)
          .join(' '),
      ),
  );
const anyTag = (s: NameSpan, tag: string) => s.tokens.some((t) => t.tags.has(tag));
const singular = (w: string) => w.replace(/s$/, '');
const ADJECTIVE_SUFFIX = /(?:ic|ist|ish)$/;
/** Two or three capitalised words opening with a given name ("Alex Van Halen"), no "&" ("Ben & Jerry's"). */
const givenFirst = (s: NameSpan) =>
  s.tokens.length >= 2 &&
  s.tokens.length <= 3 &&
  words(s).length === s.tokens.length &&
  (s.tokens[0].tags.has('FirstName') || givenName(s.tokens[0].text));
/** "Rupert Murdoch's News Corp": the parse tags the owner's possessive last word as the body it owns (not in
 * "Ben & Jerry's", one body's name). */
const ownerWord = (s: NameSpan, k: number) =>
  k === s.tokens.length - 1 && /['’]s$/.test(s.tokens[k].text) && !s.tokens.some((t) => t.text === '&');
/** A word after a name that is no noun it modifies ("Sandhurst in the United Kingdom"). */
const FUNCTION_TAGS = ['Preposition', 'Conjunction', 'Determiner', 'Adverb', 'Pronoun'];
const PERIODS = new Set(['week', 'month', 'morning', 'evening', 'weekend', 'year', 'hour']);

/** A capitalised word that alone is a plural common noun and no family name ("Homes", not "Rivers"). */
const pluralCommonWord = (t: NameSpan['tokens'][number]) =>
  /^\p{Lu}\p{Ll}+s$/u.test(t.text) &&
  pluralCommonNoun(t.normal) &&
  !lexiconTags(t.text).includes('LastName') &&
  !t.tags.has('Person');

/** Areas a state draws and numbers, besides its divisions (DIVISION_WORDS). */
const AREA_WORDS = new Set(['region', 'zone', 'ward', 'sector', 'precinct', 'area', 'constituency']);

/** "San", "Santa", "São": a saint's title in the Romance languages, opening the name of what is named after one. */
const ROMANCE_SAINTS = new Set(['San', 'Santa', 'Santo', 'São', 'Sao', 'Sant']);

/** A firm's staff, written after its name ("Morgan Stanley analyst …"); a person has spokesmen, not these. */
const STAFF_AFTER = new Set('analyst analysts economist economists strategist strategists'.split(' '));

const NUMBERED_ROAD =
  /^(?:(?:U\.?S\.?|State|County|Federal)\s+)?(?:Route|Highway|Interstate|Avenue|Motorway|Autobahn|Expressway|Freeway)\s+(?:\d{1,4}[A-Z]?|[A-Z])(?:\s+(?:North|South|East|West))?$/;

export const TYPE_RULES: TypeRule[] = [
  // "a Category 5 storm", "Group G" (scale-steps.ts): a grade or a stage, before any model-number rule.
  { name: 'scale-step', type: 'Concept', strong: true, test: scaleStep },
  // "living with HIV", "discussed COVID-19" (lexicon/diseases.ts): an illness is a topic, whatever the parse guessed.
  { name: 'disease-name', type: 'Concept', strong: true, test: (s) => diseaseName(s.keyText ?? s.text) },
  // "the film Easy Rider", "a robot named “Better Days”" (titled-works.ts).
  { name: 'work-title', type: 'Product', strong: true, test: (s) => !!s.work },
  // "the pill, sold as Nutrava", "marketed as Ozempic", "under the brand name Tylenol": a name things are sold by.
  { name: 'brand-name', type: 'Product', strong: true, test: (s) => BRAND_CUES.has(s.wordsBefore ?? '') },
  // "Region 11", "Ward 3", "Area 51": a division or an area numbered by the state that draws it is a place.
  {
    name: 'numbered-area',
    type: 'Place',
    strong: true,
    test: (s) =>
      s.tokens.length === 2 &&
      (DIVISION_WORDS.has(s.tokens[0].normal) || AREA_WORDS.has(s.tokens[0].normal)) &&
      /^\d{1,3}$/.test(s.tokens[1].text),
  },
  // "U.S. Route 20", "Highway 97", "Interstate 5", "Avenue P South": a road numbered or lettered is a place.
  { name: 'numbered-road', type: 'Place', strong: true, test: (s) => NUMBERED_ROAD.test(s.text) },
  // "the San Francisco 49ers": a team called by the plural of a number is a club, whatever place opens its name.
  {
    name: 'number-plural-team',
    type: 'Organization',
    strong: true,
    test: (s) => s.tokens.length >= 2 && /^\d+ers(['’]s?)?$/.test(s.tokens[s.tokens.length - 1].text),
  },
  // Not "Donald Trump's 214": a number after a possessive counts what the owner has.
  {
    name: 'version-number',
    type: 'Product',
    strong: true,
    test: (s) => !!s.versioned && !/['’]s?$/.test(s.tokens[s.tokens.length - 1].text),
  },
  // "House Bill 214", "Senate Bill 5": a numbered bill is a law, a written work.
  {
    name: 'numbered-bill',
    type: 'Product',
    strong: true,
    test: (s) => s.tokens.length === 2 && s.tokens[0].text === 'Bill' && /^\d{1,5}$/.test(s.tokens[1].text),
  },
  // "the Model S", "a Model 3": "Model" and a letter or number name a product line's model.
  {
    name: 'model-designation',
    type: 'Product',
    strong: true,
    test: (s) =>
      s.tokens.length === 2 && s.tokens[0].text === 'Model' && /^(?:\p{Lu}|\d{1,3})$/u.test(s.tokens[1].text),
  },
  // "Windows XP", "PlayStation VR": a model word ends the name.
  {
    name: 'product-suffix',
    type: 'Product',
    strong: true,
    test: (s) => s.tokens.length > 1 && PRODUCT_SUFFIXES.has(lastWord(s)),
  },
  // "the Booker Prize", "an Academy Award", "Time Person of the Year", "Nobel Prize in Physics": a
  // distinction, not an actor.
  {
    name: 'award-head',
    type: 'Concept',
    strong: true,
    test: (s) =>
      (s.tokens.length > 1 && AWARD_HEADS.has(lastWord(s)) && /^\p{Lu}/u.test(s.tokens[s.tokens.length - 1].text)) ||
      / of the Year$/.test(s.text) ||
      / (?:Prize|Award|Medal) in \p{Lu}/u.test(s.text),
  },
  // "the Paris Air Show", "the Geneva Motor Show": a show of aircraft, cars or boats is a fair, an event.
  {
    name: 'trade-show',
    type: 'Event',
    strong: true,
    test: (s) => {
      const n = s.tokens.length;
      return n > 1 && lastWord(s) === 'show' && EXHIBITS.has(s.tokens[n - 2].normal);
    },
  },
  // "The Tonight Show", "The Ann Cole Show": a programme, even when named after its host.
  {
    name: 'show-head',
    type: 'Product',
    strong: true,
    test: (s) =>
      s.tokens.length > 1 && SHOW_HEADS.has(lastWord(s)) && /^\p{Lu}/u.test(s.tokens[s.tokens.length - 1].text),
  },
  // "the Clean Air Act", "the Second Amendment", "the Data Protection Directive 1995": a law or treaty is a
  // written work with a name of its own (a Product, as the unnamed "agreement" nodes are), never an actor.
  // A convention named by a place alone is a treaty ("the Geneva Convention"); others are meetings (event-head).
  {
    name: 'law-head',
    type: 'Product',
    strong: true,
    test: (s) => {
      const head = [...s.tokens].reverse().find((t) => !YEAR.test(t.text));
      const word = head?.text.toLowerCase().replace(/['’]s?$/, '');
      const placeTreaty = word === 'convention' && s.tokens.slice(0, -1).every((t) => t.tags.has('Place'));
      return s.tokens.length > 1 && !!word && (LAW_HEADS.has(word) || placeTreaty) && /^\p{Lu}/u.test(head!.text);
    },
  },
  // "the Monetary Policy Report", "the World Happiness Report", "the Mueller Report": a report is a written work
  // (a journal called "… Reports" is a periodical, as other journals are).
  {
    name: 'report-head',
    type: 'Product',
    strong: true,
    test: (s) => s.tokens.length > 1 && /^Report(?:['’]s)?$/.test(s.tokens[s.tokens.length - 1].text),
  },
  // "IE6", "PS4": capitals with a version number written on.
  {
    name: 'versioned-acronym',
    type: 'Product',
    strong: true,
    test: (s) => s.tokens.length === 1 && /^\p{Lu}{2,}\d{1,2}$/u.test(s.text),
  },
  // "Gawker.com", "Scientology.org": a web address names a website.
  {
    name: 'web-address',
    type: 'Product',
    strong: true,
    test: (s) => /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*\.(com|org|net|gov|edu|info|io|co|uk|de|fr)$/iu.test(s.text),
  },
  {
    // "Chinese New Year", "the FIRST Global Challenge Robot Olympics", "Fan Expo Canada": the event word heads the
    // name (or is followed only by a place name, a year or a numeral, "Fan Expo Canada", "World Cup 2018",
    // "World War II").
    name: 'event-head',
    type: 'Event',
    strong: true,
    test: (s) =>
      s.tokens.some(
        (t, k) =>
          k > 0 &&
          (EVENT_HEADS.has(t.normal) || VOTE_HEADS.has(t.normal)) &&
          // "State Board of Elections": the event word completes another head.
          !['of', 'for', 'on'].includes(s.tokens[k - 1].normal) &&
          // "Iraq Veterans Against the War": the event word is in the complement of a capitalised small word.
          !s.tokens.slice(1, k).some((x) => /^\p{Lu}/u.test(x.text) && FUNCTION_WORDS.has(x.normal)) &&
          s.tokens.slice(k + 1).every(
            (x) =>
              // ("Castle Hill Open Park", "World Cup Stadium": a place's own head word after the event word)
              (x.tags.has('Place') && !PLACE_HEADS.has(x.normal)) ||
              /^\d{1,4}$/.test(x.text) ||
              ROMAN_NUMERAL.test(x.text) ||
              x.text === 'I',
          ),
      ) ||
      (s.tokens.length > 1 && lastWord(s) === 'year' && s.tokens[s.tokens.length - 2].normal === 'new') ||
      // ("the 2038 Asian Games", "the 2032 Olympic Games": games dated by their edition; "EB Games" is a shop.)
      (s.tokens.length > 1 && DATED_EVENT_HEADS.has(lastWord(s)) && !!s.yearBefore) ||
      (s.tokens.length === 1 && /^olympi(?:cs|ad)$/i.test(s.text)),
  },
  // "the War on Drugs", "the Battle of Hastings" (war-names.ts); "the War" alone only as a guess.
  { name: 'war-name', type: 'Event', strong: true, test: (s) => s.tokens.length > 1 && warName(s.tokens) },
  // "Hurricane Dorian", "Tropical Storm Barry" (storm-names.ts): a storm, whatever given name it carries.
  { name: 'storm-name', type: 'Event', strong: true, test: (s) => stormName(s.tokens) },
  // "Kamloops This Week", "Mining This Month": a title ending in "this" and a span of time names a periodical
  // or a programme, the outlet that publishes it (a place before it is where it reports from).
  {
    name: 'periodical-title',
    type: 'Organization',
    strong: true,
    test: (s) =>
      s.tokens.length >= 3 &&
      s.tokens[s.tokens.length - 2].normal === 'this' &&
      PERIODS.has(lastWord(s)) &&
      /^\p{Lu}/u.test(s.tokens[s.tokens.length - 2].text),
  },
  // "The Baltimore Sun", "Cyprus Mail", "San Francisco Chronicle": a place's name and a newspaper's title word
  // name the paper (ORG_HEADS has the titles that name nothing else: "Times", "Post", "Herald").
  {
    name: 'newspaper-title',
    type: 'Organization',
    strong: true,
    test: (s) =>
      s.tokens.length > 1 &&
      NEWSPAPER_TITLES.has(lastWord(s)) &&
      s.tokens.slice(0, -1).some((t) => t.tags.has('Place') || isKnownPlace(t.text)),
  },
  // "Waitangi Day", "Independence Day" (not "Doris Day"): a named day is an occasion; so is a possessive's day
  // or eve, a person's too ("Valentine's Day", "New Year's Eve").
  {
    name: 'named-day',
    type: 'Event',
    strong: true,
    test: (s) =>
      s.tokens.length > 1 &&
      ((lastWord(s) === 'day' && !s.tokens[0].tags.has('FirstName') && !s.tokens[0].tags.has('Person')) ||
        // "Super Tuesday", "Black Friday" (names/name-tokens.ts takes the weekday only after such a word)
        s.tokens[s.tokens.length - 1].tags.has('WeekDay') ||
        (OCCASION_HEADS.has(lastWord(s)) && /['’]s?$/.test(s.tokens[s.tokens.length - 2].text))),
  },
  {
    name: 'country',
    type: 'Place',
    strong: true,
    test: (s) =>
      COUNTRY_NAMES.has(nameKey(s.keyText ?? s.text)) || COUNTRY_ABBREVIATIONS.has(nameKey(s.keyText ?? s.text)),
  },
  { name: 'demonym-state', type: 'Place', strong: true, test: (s) => s.demonymOf !== undefined },
  // "Fresno, Calif.": a state's abbreviation after a town (names/state-abbreviation.ts).
  {
    name: 'state-abbreviation',
    type: 'Place',
    strong: true,
    test: stateAbbreviationSpan,
  },
  {
    name: 'group-plural',
    type: 'Person',
    strong: true,
    test: (s) =>
      s.tokens.length === 1 &&
      /s$/.test(lastWord(s)) &&
      [DEMONYMS, GROUP_NOUNS, PEOPLE_NOUNS].some((set) => set.has(singular(lastWord(s)))),
  },
  // "Roman Catholic", "Sunni Islam"; "Hero of the Soviet Union" (named-kinds.ts): a faith and an honour, before
  // any person or organisation reading of their words.
  { name: 'faith-name', type: 'Concept', strong: true, test: faithName },
  { name: 'honour-title', type: 'Concept', strong: true, test: honourTitle },
  { name: 'craft-name', type: 'Product', strong: true, test: craftName },
  { name: 'telescope-site', type: 'Place', strong: true, test: telescopeSite },
  // "Native American voters", "Indigenous Australians" (named-kinds.ts): a people or a description by origin,
  // never a body (as a Person group its demonym alone would join it as a surname: "Australians").
  { name: 'people-name', type: 'Concept', strong: true, test: peopleName },
  // "the Bill Clinton White House", "Sultan Qaboos Grand Mosque" (named-after-person.ts): a person's thing.
  { name: 'person-place', type: 'Place', strong: true, test: (s) => namedAfterPerson(s) === 'Place' },
  { name: 'person-body', type: 'Organization', strong: true, test: (s) => namedAfterPerson(s) === 'Organization' },
  // "the Bernie Sanders Campaign", "the Joe Biden Presidency" (leader-terms.ts): the team or the government.
  { name: 'leader-term', type: 'Organization', strong: true, test: leaderTerm },
  // Not "a Member State": a word for a division after a title is no one's name.
  {
    name: 'title',
    type: 'Person',
    strong: true,
    test: (s) => s.title !== undefined && !(s.tokens.length === 1 && DIVISION_WORDS.has(s.tokens[0].normal)),
  },
  // "Kennedy Space Center", "Toronto Convention Centre" (facility-names.ts): a site, before the organisation word.
  { name: 'facility-name', type: 'Place', strong: true, test: facilityName },
  // "the occupied West Bank", "the Left Bank": a side of a river, not a lender ("Eastern Bank" is one).
  {
    name: 'river-bank',
    type: 'Place',
    strong: true,
    test: (s) => s.tokens.length === 2 && lastWord(s) === 'bank' && RIVER_SIDES.has(s.tokens[0].normal),
  },
  // "Youth Forum Zimbabwe", "Bank Indonesia": an organisation word then only a country's name is a body too; so is
  // a name whose last word runs an organisation word onto another ("Spirit AeroSystems").
  {
    name: 'org-head',
    type: 'Organization',
    strong: true,
    test: (s) =>
      s.tokens.length > 1 && (ORG_HEADS.has(lastWord(s)) || orgBeforeCountry(s) || hyphenedHead(s) || joinedHead(s)),
  },
  // "Thames Water", "Scottish Power": a firm named by what it sells (utility-names.ts).
  { name: 'utility-name', type: 'Organization', strong: true, test: utilityName },
  // "East African Affairs", "Veterans Affairs": a portfolio or the department that holds it, never a place.
  {
    name: 'affairs',
    type: 'Organization',
    strong: true,
    test: (s) => s.tokens.length > 1 && lastWord(s) === 'affairs',
  },
  // "ABC Australia", "Mazars USA" (branch-names.ts): a firm's own name before a country names its branch there.
  { name: 'acronym-branch', type: 'Organization', strong: true, test: branchName },
  {
    // "University of Southern Indiana", "Church of Scientology": an organisation word before "of"/"for" (or a
    // Romance "de": "Brigade de Recherche"); "House of Representatives", "House of Lords": a chamber (a
    // "house" alone may be a building); "Hall of Fame": an institution (a "hall" alone is a building).
    name: 'org-head-of',
    type: 'Organization',
    strong: true,
    test: (s) =>
      s.tokens.some(
        (t, k) =>
          k < s.tokens.length - 1 &&
          (ORG_HEADS.has(t.text.toLowerCase()) ||
            (t.normal === 'house' && /^\p{Lu}/u.test(s.tokens[k + 2]?.text ?? '')) ||
            (t.normal === 'hall' && s.tokens[k + 2]?.normal === 'fame')) &&
          (s.tokens[k + 1].normal === 'of' ||
            s.tokens[k + 1].normal === 'for' ||
            (ROMANCE_OF.has(s.tokens[k + 1].normal) && /^\p{Ll}/u.test(s.tokens[k + 1].text))),
      ),
  },
  // "Sons of Norway", "Knights of Columbus": a plural noun heading an "of"-name names a body of members
  // (names/member-plurals.ts), whatever place follows; a place word at the end names a site of theirs
  // ("Daughters of the American Revolution Constitution Hall").
  {
    name: 'members-of',
    type: 'Organization',
    strong: true,
    test: (s) =>
      s.tokens.length >= 3 && s.tokens[1].normal === 'of' && membersWord(s.tokens[0]) && !PLACE_HEADS.has(lastWord(s)),
  },
  // "Institut National de Recherche Biomédicale", "Banco Santander", "Jabhat al-Nusra": French, Spanish,
  // Italian, German and Arabic names of organisations open with their organisation word.
  {
    name: 'foreign-org-head',
    type: 'Organization',
    strong: true,
    test: (s) =>
      words(s).length >= 2 &&
      (FOREIGN_ORG_HEADS.has(s.tokens[0].text.toLowerCase()) ||
        // ("Hayat Tahrir al-Sham": "Hayat", a woman's given name too, heads a body's name of three words closing
        // with an Arabic article's word.)
        (s.tokens[0].normal === 'hayat' && words(s).length >= 3 && /\b[Aa]l-\p{Lu}\p{L}+$/u.test(s.text))),
  },
  // "Olympique Vallmont", "Dynamo Brest", "FC Kestrel": a word that opens only a sports club's name.
  {
    name: 'club-opener',
    type: 'Organization',
    strong: true,
    test: (s) => words(s).length >= 2 && words(s).length <= 3 && CLUB_ONLY_OPENERS.has(s.tokens[0].text.toLowerCase()),
  },
  {
    name: 'role-noun',
    type: 'Person',
    strong: true,
    // "his brother Alex Van Halen": a given name opening the name outweighs the parse's organisation tag (a
    // band or firm named after the family), not "the Ford Motor" (no given name); so does a last word the parse
    // does not take for the organisation ("director Abba Tijani": the band's name is a given name too).
    test: (s) =>
      !!s.roleBefore &&
      // ("foreign minister, Israel Katz": a place's name may open a person's, whose last word is no place's)
      // ("the actor James Woods": nor a place's last word the parse guesses after a given name, one the lexicon
      // knows as no place.)
      (!anyTag(s, 'Place') ||
        (s.tokens.length > 1 &&
          (!s.tokens[s.tokens.length - 1].tags.has('Place') ||
            (givenFirst(s) && !isKnownPlace(s.tokens[s.tokens.length - 1].text))))) &&
      (!anyTag(s, 'Organization') ||
        givenFirst(s) ||
        (s.tokens.length > 1 && !s.tokens[s.tokens.length - 1].tags.has('Organization'))) &&
      !s.tokens.some((t) => ORG_HEADS.has(t.normal) || PLACE_HEADS.has(t.normal)) &&
      // ("the nationalist Homeland party": a name before a body's word is that body's, the role its members'.)
      !(s.nounAfter && ORG_HEADS.has(s.nounAfter)) &&
      // "The developer, Greystone Homes,": a plural common noun ends a firm's name, not a person's (after no
      // given name the lexicon knows: "the actor James Woods").
      !(s.tokens.length > 1 && pluralCommonWord(s.tokens[s.tokens.length - 1]) && !givenName(s.tokens[0].text)) &&
      // "user IDs", "a Member State": letters for a kind of thing, a word for a division, are no one's name.
      !commonAbbreviation(s.text.replace(/['’]s?$/, '')) &&
      !(s.tokens.length === 1 && DIVISION_WORDS.has(s.tokens[0].normal)),
  },
  // "Islamic State", "Socialist State": a state named by an ordinary adjective of creed or doctrine (not a
  // place's own name, "Rakhine State", "Delta State") is a movement or regime, an actor rather than a territory.
  {
    name: 'adjective-state',
    type: 'Organization',
    strong: true,
    test: (s) =>
      s.tokens.length === 2 &&
      lastWord(s) === 'state' &&
      aloneTags(s.tokens[0].normal)?.join() === 'Adjective' &&
      ADJECTIVE_SUFFIX.test(s.tokens[0].normal),
  },
  // "the Paris Police Prefecture", "the Dorn School District" (service-districts.ts): the body, not the area.
  { name: 'service-district', type: 'Organization', strong: true, test: serviceDistrict },
  { name: 'place-head', type: 'Place', strong: true, test: (s) => s.tokens.length > 1 && PLACE_HEADS.has(lastWord(s)) },
  // "Cape of Good Hope", "Lake of the Woods": a place word that heads names from the front, before "of".
  {
    name: 'front-place-head',
    type: 'Place',
    strong: true,
    test: (s) => s.tokens.length > 2 && FRONT_PLACE_HEADS.has(s.tokens[0].normal) && s.tokens[1].normal === 'of',
  },
  // "Washington, D.C." (names/capital-district.ts).
  { name: 'capital-district', type: 'Place', strong: true, test: (s) => districtName(s.text) },
  { name: 'sea-channel', type: 'Place', strong: true, test: seaChannel },
  // "Yau Wai-ching", "Park Joo-ho": a short family name and a hyphenated two-syllable given name.
  {
    name: 'hyphenated-given-name',
    type: 'Person',
    strong: true,
    test: (s) =>
      SYLLABLE_NAME.test(s.text) &&
      !ARABIC_ARTICLE.test(s.text.split(' ')[1]) &&
      !anyTag(s, 'Country') &&
      !s.text.split(/[\s-]/).some((w) => COUNTRY_NAMES.has(w.toLowerCase())),
  },
  // "Vinícius Júnior", "Roberto Carlos Filho": Portuguese names close with the bearer's generation as English
  // ones close with "Jr." (a weak guess; not the English spelling, "Atlético Junior" is a club).
  {
    name: 'generation-name',
    type: 'Person',
    strong: false,
    test: (s) =>
      s.tokens.length >= 2 &&
      s.tokens.length <= 4 &&
      /^(?:Júnior|Filho|Neto|Sobrinho)$/.test(s.tokens[s.tokens.length - 1].text) &&
      s.tokens.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !ORG_HEADS.has(t.normal) && !PLACE_HEADS.has(t.normal)),
  },
  // "B Shiva Parvathi", "K Ravi Menon": an initial, then words the lexicon knows as no ordinary word, is
  // how many South Asian names are written (not "A Good Day", "G Suite", "X Factor": an article, common words).
  {
    name: 'initial-and-name',
    type: 'Person',
    strong: false,
    test: (s) =>
      s.tokens.length >= 3 &&
      s.tokens.length <= 4 &&
      /^\p{Lu}\.?$/u.test(s.tokens[0].text) &&
      !['A', 'I'].includes(s.tokens[0].text) &&
      s.tokens
        .slice(1)
        .every(
          (t) =>
            /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
            !lexiconTags(t.normal).length &&
            !ORG_HEADS.has(t.normal) &&
            !PLACE_HEADS.has(t.normal) &&
            !t.tags.has('Place') &&
            !t.tags.has('Organization'),
        ),
  },
  // "C.L. Gammon", "J. R. Myers", "V. Narayanan": initials, then one word that is a family name or no word the
  // lexicon knows, is a person (not "the U.S. Army", a country's short form, nor "the D.C. Circuit").
  {
    name: 'initials-and-surname',
    type: 'Person',
    strong: false,
    test: (s) => {
      // Cheap tests first: every span of every article reaches this rule.
      const last = s.tokens[s.tokens.length - 1];
      // (as written: a single initial is a token of its own, its full stop after it)
      const initials = s.text.split(/\s+/).slice(0, -1);
      if (initials.length < 1 || initials.length > 3 || !/^\p{Lu}\p{Ll}+$/u.test(last.text)) return false;
      if (!initials.every((t) => /^(?:\p{Lu}\.){1,3}$/u.test(t))) return false;
      // ("the D.C. Circuit": a person's name takes no article)
      if (/\bthe$/.test(s.wordsBefore ?? '') || COUNTRY_ABBREVIATIONS.has(nameKey(initials.join(' ')))) return false;
      if (ORG_HEADS.has(last.normal) || PLACE_HEADS.has(last.normal)) return false;
      // ("I. M. Pei": after two letters a place's tag on the last word is the parse's guess.)
      const letters = initials.join('').replace(/\./g, '').length;
      if ((last.tags.has('Place') && letters < 2) || last.tags.has('Organization')) return false;
      const tags = lexiconTags(last.normal);
      return (
        tags.includes('LastName') ||
        (!tags.length && !ordinaryWord(last.normal)) ||
        (tags.length > 0 && familyAfterInitials(last.normal, letters))
      );
    },
  },
  // "Morgan Stanley analyst Jonathan Hale", "Wells Fargo economist …": a name before a firm's staff word is the
  // firm's, however personal its words look (a guess: the staff word says little of what else it is).
  { name: 'staff-employer', type: 'Organization', strong: false, test: (s) => STAFF_AFTER.has(s.nounAfter ?? '') },
  // "Carsten Brzeski": a given name the parse guessed to be a participle by its "-en" (names/participle-opener.ts).
  { name: 'participle-given-name', type: 'Person', strong: false, test: (s) => participleGivenName(s.tokens) },
  {
    name: 'first-name',
    type: 'Person',
    strong: true,
    test: (s) =>
      words(s).length >= 2 &&
      s.tokens[0].tags.has('FirstName') &&
      !s.tokens.some((t, k) => t.tags.has('Organization') && !ownerWord(s, k)),
  },
  // "Ian Smith's government": a given name and a family name the lexicon knows, whatever the sentence's
  // parse made of them (compromise read "Smith's" as an organisation there).
  {
    name: 'given-and-family-name',
    type: 'Person',
    strong: true,
    test: (s) =>
      s.tokens.length >= 2 &&
      s.tokens.length <= 3 &&
      words(s).length === s.tokens.length &&
      givenName(s.tokens[0].text) &&
      lexiconTags(lastWord(s)).includes('LastName') &&
      !anyTag(s, 'Country'),
  },
  // "Cordillera del Condor", "Laguna Verde", "Sierra Maestra": Spanish, Portuguese and Italian put a place's kind
  // first, where the English last-word test never sees it (after the given-name rules: "Sierra Boggess").
  {
    name: 'foreign-place-head',
    type: 'Place',
    strong: false,
    test: (s) => words(s).length >= 2 && FOREIGN_PLACE_HEADS.has(s.tokens[0].text.toLowerCase()),
  },
  {
    name: 'country-city',
    type: 'Place',
    strong: true,
    test: (s) =>
      (anyTag(s, 'Country') || anyTag(s, 'City')) &&
      s.tokens.every((t) => t.tags.has('Place') || !/^\p{Lu}/u.test(t.text)),
  },
  {
    name: 'celestial-body',
    type: 'Place',
    strong: true,
    test: (s) => s.tokens.length === 1 && CELESTIAL.has(lastWord(s)),
  },
  { name: 'chamber-word', type: 'Organization', strong: true, test: chamberWord },
  // Religions, movements and networks written with a capital ("Islam", "the Internet") are topics.
  {
    name: 'proper-concept',
    type: 'Concept',
    strong: true,
    test: (s) =>
      s.tokens.length === 1 && (PROPER_CONCEPTS.has(lastWord(s)) || /^\p{Lu}\p{Ll}+(ism|phobia)$/u.test(s.text)),
  },
  // "a Bronze Age village", "the Middle Ages", "the Gilded Age": a period of history is a topic, not the place
  // the parse may take it for.
  {
    name: 'period-name',
    type: 'Concept',
    strong: true,
    // (not a title ending "of Ages": "Rock Of Ages")
    test: (s) =>
      s.tokens.length >= 2 &&
      /^Ages?$/.test(s.tokens[s.tokens.length - 1].text) &&
      /^\p{Lu}/u.test(s.tokens[s.tokens.length - 2].text) &&
      !FUNCTION_WORDS.has(s.tokens[s.tokens.length - 2].normal),
  },
  // "Toronto Comicon 2019", "Anime North 2019": a year closing a name dates one edition of a recurring event
  // (a place or a body has no editions); a guess, after every strong rule ("Directive 2000" is a law).
  {
    name: 'edition-year',
    type: 'Event',
    strong: false,
    test: (s) => s.tokens.length > 1 && YEAR.test(s.tokens[s.tokens.length - 1].text),
  },
  // "Saint Peter's Basilica", "St. Mary's Cathedral": what a saint's name owns is called after the saint, most
  // often a site (a guess; "St. Louis" is left to the lexicon, and "the St. Louis Cardinals", a city's team,
  // owns nothing).
  {
    name: 'saint-named',
    type: 'Place',
    strong: false,
    test: (s) => s.tokens.length > 2 && SAINT.test(s.tokens[0].text) && /['’]s$/.test(s.tokens[1].text),
  },
  // "Santa Monica", "San Mateo", "São Gonçalo": a saint's name in Spanish, Portuguese or Italian names a town or
  // a site after the saint, never a person, however the parse reads the saint's own given name (a guess; the
  // feminine "Santa" before a man's name is no saint's, "Santa Claus").
  {
    name: 'saint-form',
    type: 'Place',
    strong: false,
    test: (s) =>
      s.tokens.length > 1 &&
      ROMANCE_SAINTS.has(s.tokens[0].text) &&
      !(s.tokens[0].text === 'Santa' && lexiconTags(s.tokens[1].normal).includes('MaleName')) &&
      !anyTag(s, 'Organization'),
  },
  // "the opposition Christian Democrats", "the Young Republicans": a name ending in the plural of a party
  // member's word is the party or its wing, never a person (no family name is "Democrats").
  {
    name: 'party-members',
    type: 'Organization',
    strong: true,
    test: (s) => s.tokens.length > 1 && /s$/.test(lastWord(s)) && AFFILIATIONS.has(lastWord(s).replace(/s$/, '')),
  },
  // "Alternative for Germany", "Hope for Norland": a word, "for" and a country name a movement (name-spans.ts).
  {
    name: 'movement-for-country',
    type: 'Organization',
    strong: false,
    test: (s) =>
      s.tokens.length === 3 &&
      s.tokens[1].normal === 'for' &&
      COUNTRY_NAMES.has(s.tokens[2].normal) &&
      !isTitle(s.tokens[0]),
  },
  // "a Polar Satellite Launch Vehicle", "the Hubble Space Telescope": a capitalised vehicle's word closing a
  // name of capitalised words is the made thing's kind (a guess: the firms named so are few).
  {
    name: 'vehicle-head',
    type: 'Product',
    strong: false,
    test: (s) =>
      s.tokens.length >= 2 &&
      s.tokens.every((t) => /^\p{Lu}/u.test(t.text)) &&
      /^\p{Lu}\p{Ll}+$/u.test(s.tokens[s.tokens.length - 1].text) &&
      VEHICLE_HEADS.has(lastWord(s)),
  },
  { name: 'known-place-word', type: 'Place', strong: false, test: knownPlaceWord },
  { name: 'compromise-organization', type: 'Organization', strong: false, test: (s) => anyTag(s, 'Organization') },
  // "Southern California Edison", "Northern Ireland Water": a compass word and a place the lexicon knows, then a
  // word of no place, name a firm of that region (a guess, as the region is below).
  {
    name: 'compass-region-firm',
    type: 'Organization',
    strong: false,
    test: (s) =>
      s.tokens.length === 3 &&
      words(s).length === 3 &&
      COMPASS_WORDS.has(s.tokens[0].normal) &&
      isKnownPlace(s.tokens[1].text) &&
      !s.tokens[2].tags.has('Place') &&
      !PLACE_HEADS.has(s.tokens[2].normal) &&
      !COMPASS_WORDS.has(s.tokens[2].normal),
  },
  // "Middle East", "Eastern Mediterranean", "Southern Rhodesia": a compass word opening a name compromise
  // does not know is most often a region (a guess: "Western Digital's shareholders" still makes a company).
  {
    name: 'compass-place',
    type: 'Place',
    strong: false,
    test: (s) =>
      s.tokens.length >= 2 &&
      s.tokens.length <= 3 &&
      words(s).length === s.tokens.length &&
      COMPASS_WORDS.has(s.tokens[0].normal) &&
      !s.tokens.some((t) => ORG_HEADS.has(t.normal)),
  },
  // "Health New Zealand", "Historic Environment Scotland", "Tourism Australia": ordinary nouns before a country's
  // name call a body of that country, not a place.
  { name: 'body-of-country', type: 'Organization', strong: false, test: bodyOfCountry },
  { name: 'place-plural', type: 'Organization', strong: false, test: placePlural },
  // A place word opening a hyphenated word inside a longer name is no place ("Agence France-Presse"; but
  // "Baden-Württemberg" is one).
  {
    name: 'compromise-place',
    type: 'Place',
    strong: false,
    test: (s) => {
      const joined = (k: number) => s.tokens[k].post === '-' || s.tokens[k - 1]?.post === '-';
      const inner = (k: number) => s.tokens[k].post === '-' && s.tokens.some((_, j) => !joined(j));
      return s.tokens.some((t, k) => t.tags.has('Place') && !inner(k)) && !anyTag(s, 'Person');
    },
  },
  {
    name: 'compromise-person',
    type: 'Person',
    strong: false,
    // Not "Tate Modern": a family name before an ordinary adjective names a thing after a person.
    test: (s) =>
      anyTag(s, 'Person') &&
      !anyTag(s, 'Honorific') &&
      !(
        s.tokens.length >= 2 &&
        lexiconTags(lastWord(s)).includes('Adjective') &&
        !s.tokens[s.tokens.length - 1].tags.has('LastName') &&
        !s.tokens[0].tags.has('FirstName')
      ),
  },
  // "a Toronto lawyer": the parse retags a city used as a modifier (as "Actor"), but a one-word name the
  // lexicon knows only as a place stays one unless the context made it a person or an organisation.
  {
    name: 'lexicon-place',
    type: 'Place',
    strong: false,
    test: (s) => s.tokens.length === 1 && isKnownPlace(s.text) && !anyTag(s, 'Person') && !anyTag(s, 'Organization'),
  },
  { name: 'war-word', type: 'Event', strong: false, test: (s) => s.tokens.length === 1 && warName(s.tokens) },
  // "moved from Charlotte to Jacksonville": a word no rule typed that compromise, reading it alone, takes for a
  // place by its form ("-ville", "-burg") and not for a person is a place guess rather than the body default;
  // not a modifier of a noun ("a Monmouth poll": the body named after the town).
  {
    name: 'place-form',
    type: 'Place',
    strong: false,
    test: (s) => {
      if (s.tokens.length !== 1 || !/^\p{Lu}\p{Ll}+$/u.test(s.text) || anyTag(s, 'Organization')) return false;
      const next = s.nounAfter && aloneTags(s.nounAfter);
      if (next && !next.some((t) => FUNCTION_TAGS.includes(t))) return false;
      const alone = aloneTags(s.tokens[0].normal) ?? [];
      return alone.includes('Place') && !alone.some((t) => t === 'Person' || t === 'Organization');
    },
  },
  // "DNA samples", "a voter ID" (lexicon/common-abbreviations.ts): letters for a kind of thing are a topic.
  { name: 'common-abbreviation', type: 'Concept', strong: false, test: (s) => commonAbbreviation(s.text) },
  { name: 'acronym', type: 'Organization', strong: false, test: (s) => /^[A-Z][A-Z.&]{1,7}$/.test(s.text) },
  { name: 'default', type: 'Organization', strong: false, test: () => true },
];

export function typeSpan(span: NameSpan): { type: EntityType; rule: string; strong: boolean } {
  for (const rule of TYPE_RULES) if (rule.test(span)) return { type: rule.type, rule: rule.name, strong: rule.strong };
  return { type: 'Organization', rule: 'default', strong: false };
}
