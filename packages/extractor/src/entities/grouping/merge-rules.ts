// Merge rules, as data: each decides whether a name group is another form of an earlier, fuller one.
// Types guard every merge: a Person never absorbs a Place, and so on (only weak guesses yield).
import { initials, isAcronym, nameKey } from '../names/name-key.js';
import { COUNTRY_ABBREVIATIONS, COUNTRY_NAMES, spelledOutCountry, withoutCountry } from '../lexicon/countries.js';
import { DATED_EVENT_HEADS, EVENT_HEADS, LEGAL_FORMS, ORG_HEADS } from '../lexicon/org-words.js';
import { familyName, PARTICLES, PATRONYMICS } from '../names/name-particles.js';
import { STATE_BODY_HEADS } from '../lexicon/state-body-heads.js';
import { YEAR } from '../names/number-joins.js';
import { LAW_HEADS } from '../lexicon/work-words.js';
import type { NameGroup } from '../spans.js';
import { givenName } from '../../lexicon-tags.js';
import { isKnownPlace } from '../lexicon/known-places.js';
import {
  accentFold,
  birthName,
  isInitial,
  middleInitial,
  ofComplement,
  romanisation,
  saintForm,
} from './name-variants.js';
import { stormGrades, stormShortForm } from './storm-short-form.js';
import { compassForm, memberPlural, pluralHead } from './word-forms.js';
import { placeNameTail } from './place-name-tail.js';
import { demonymOfForm } from './demonym-of-form.js';
import { commaPlaceName } from './comma-place-name.js';
import { acronymInBrackets } from './acronym-in-brackets.js';
import { alsoKnownAs } from './also-known-as.js';
import { compatible } from './compatible.js';
import { facilityShortForm } from './facility-short-form.js';
import { quotedNickname } from './quoted-nickname.js';
import { familyNames } from './family-names.js';
import { nameWrittenWhole } from './name-written-whole.js';
import { cityWordForm } from './city-word-form.js';
import { firmFirstWord } from './firm-first-word.js';
import { firmOpeningWords } from './firm-opening-words.js';
import { clubWord } from './club-word.js';
import { clippedName } from './clipped-name.js';

/** A word without its accents and other marks ("erdoğan" → "erdogan"); plain ASCII words are returned as they are. */
const plainLetters = (w: string) => (/^[\x00-\x7f]*$/.test(w) ? w : w.normalize('NFD').replace(/\p{M}/gu, ''));

export interface MergeRule {
  name: string;
  /** The group `short` should join, among `groups` (all groups of the document), or undefined. */
  target: (short: NameGroup, groups: NameGroup[]) => NameGroup | undefined;
}

/** Generational suffixes after a person's name ("Jr.", "III"). */
const GENERATION = /^(?:jr|sr|ii|iii|iv)\.?$/;
/** A person's name key as words, without a generational suffix. */
const nameCore = (key: string) => {
  const words = key.split(' ');
  return GENERATION.test(words[words.length - 1]) ? words.slice(0, -1) : words;
};
const COMPASS = new Set(['north', 'south', 'east', 'west']);
/** Titles before a sovereign's or a pope's one name. */
const REGNAL_TITLES = new Set(['pope', 'king', 'queen', 'emperor', 'empress', 'sultan', 'tsar']);
/** Words a company's name may drop: its legal form (a name key has no dots: "cipriani sa" for "Cipriani S.A.")
 * and the kind of company it is. */
const COMPANY_WORDS = new Set([
  ...[...LEGAL_FORMS].filter((w) => !w.endsWith('.')),
  ...`ag gmbh sa spa nv bv magazine newspaper journal corporation company group party air airlines airways holdings
  entertainment technologies technology semiconductor semiconductors systems industries enterprises labs
  laboratories electronics software motor motors bank media energy resources mining petroleum pharma pharmaceuticals
  therapeutics biosciences biotech diagnostics genomics biologics developments properties ventures solutions investments
  builders brands logistics`.split(/\s+/),
]);
/** Words an institution's name drops when it is called by the rest ("the Horniman" for "the Horniman Museum",
 * "Harvard" for "Harvard University", "Tupua Tamasese Meaole's clinic" for its hospital, "New York Police Commissioner" for the "New York Police Department"); a place of that name stays a place (types guard the merge). */
const INSTITUTION_WORDS = new Set([
  'museum',
  'gallery',
  'university',
  'college',
  'institute',
  'academy',
  'zoo',
  'department',
  'hospital',
]);
/** Trades that stand before a company word in a firm's full name: "Ford Motor Company", "Shell Oil Company". */
const INDUSTRY_WORDS = new Set(
  'motor motors oil steel chemical chemicals mining shipping tobacco pharmaceutical pharmaceuticals trading broadcasting publishing insurance aircraft brewing distilling engineering manufacturing'.split(
    ' ',
  ),
);
/** `long` is `short`, one trade or company word and its company word ("ford motor company" for "ford"). */
function industryBefore(long: string, short: string): boolean {
  const rest = long.startsWith(`${short} `) ? long.slice(short.length + 1).split(' ') : [];
  // ("helixor technologies inc" for "helixor": a company word before the legal form is dropped with it.)
  return rest.length === 2 && (INDUSTRY_WORDS.has(rest[0]) || COMPANY_WORDS.has(rest[0]));
}
/** `part` is a run of whole words of `key`. */
const contains = (key: string, part: string) => ` ${key} `.includes(` ${part} `);
/** The head word of an organisation's name: the word before its complement ("Church of Scientology", "Agency
 * for International Development", "Committee on Foreign Affairs"), else the last word. */
const headWord = (key: string) =>
  key
    .split(/ (?:of|for|on) /)[0]
    .split(' ')
    .pop();
const firstBefore = (cands: NameGroup[]) => cands.sort((a, b) => a.first - b.first)[0];
/** Words a person's full name may have: four, or six with a patronymic ("Haitham bin Tariq Al Said", "Mohammed
 * bin Salman Al Saud": "son of" and a family name lengthen a name without making it anything but one person's). */
const maxPersonWords = (g: NameGroup) => (g.key.split(' ').some((w) => PATRONYMICS.has(w)) ? 6 : 4) + particleCount(g);
/** "Luiz Inácio Lula da Silva": the particles of a name are no words of its own. */
const particleCount = (g: NameGroup) => g.key.split(' ').filter((w) => PARTICLES.has(w) && !PATRONYMICS.has(w)).length;

/** "the state of Montana … Montana's reservations … the plaintiffs were listed as … Montana Native Vote": a
 * short name refers back to a full name the article has given; a place name the body uses before that name
 * (the headline aside, which may shorten a name the lead spells out) is the place. */
function usedBefore(short: NameGroup, full: NameGroup): boolean {
  if (short.type !== 'Place') return false;
  const body = short.spans.filter((x) => x.sentence > 0).map((x) => x.start);
  return body.length > 0 && Math.min(...body) < Math.min(...full.spans.map((x) => x.start));
}

/** "the commonwealth's House of Representatives" is not the "U.S. House of Representatives", nor "Ohio's
 * Senate" the "U.S. Senate": every mention has a possessive owner, and the longer name's first words name
 * another one — a country the owner is not called ("the state's Supreme Court" may be "Wisconsin Supreme
 * Court", "the country's Senate" the "U.S. Senate"), or a name the owner is not. */
function ownedElsewhere(s: NameGroup, prefix: string): boolean {
  if (!prefix) return false;
  const country = COUNTRY_NAMES.has(prefix) || COUNTRY_ABBREVIATIONS.has(prefix);
  return s.spans.every((x) => {
    if (x.owner === undefined || x.owner.toLowerCase() === prefix) return false;
    if (/^\p{Lu}/u.test(x.owner)) return true;
    return country && !['country', 'nation'].includes(x.owner);
  });
}

/** "the Senate" in two body sentences before "the U.S. Senate" is first named: a body the story was already
 * about, not a short form of a name it has not given yet (a headline's short form still joins the full name). */
function namedBefore(short: NameGroup, full: NameGroup): boolean {
  const fullFirst = Math.min(...full.spans.map((x) => x.sentence));
  return new Set(short.spans.filter((x) => x.sentence > 0 && x.sentence < fullFirst).map((x) => x.sentence)).size >= 2;
}

export const MERGE_RULES: MergeRule[] = [
  birthName,
  stormShortForm,
  stormGrades,
  acronymInBrackets,
  alsoKnownAs,
  {
    // "U.S." / "US" → United States, "UK" → United Kingdom (when the full name is in the article).
    name: 'country-short-form',
    target: (s, groups) => {
      const full = COUNTRY_ABBREVIATIONS.get(s.key);
      return full ? groups.find((g) => g !== s && g.key === full.toLowerCase()) : undefined;
    },
  },
  {
    // "US Supreme Court" = "United States Supreme Court": a name that opens with a country's short form is
    // the same name spelled out, when the article spells it out (a headline often abbreviates).
    name: 'country-short-form-prefix',
    target: (s, groups) => {
      const key = spelledOutCountry(s.key);
      return key ? groups.find((g) => g !== s && g.key === key && compatible(s, g)) : undefined;
    },
  },
  {
    // "US FDA" = the article's "FDA" (its "U.S. Food and Drug Administration (FDA)"): a country's short form
    // before capitals the article gives one body.
    name: 'country-acronym',
    target: (s, groups) => {
      const words = s.key.split(' ');
      const last = s.surface.split(/\s+/).pop() ?? '';
      if (words.length !== 2 || !COUNTRY_ABBREVIATIONS.has(words[0]) || !isAcronym(last)) return undefined;
      const bodies = groups.filter(
        (g) => g !== s && g.type === 'Organization' && g.spans.some((x) => x.key === words[1]),
      );
      return bodies.length === 1 ? bodies[0] : undefined;
    },
  },
  {
    // "US" = "United States", "BI" = "Business Insider": capitals equal the initials of a longer name, or of
    // the name after the country that opens it ("CIA" = "United States Central Intelligence Agency"), "of"
    // counted or not ("DOJ" = "Department of Justice").
    name: 'acronym',
    target: (s, groups) => {
      if (!isAcronym(s.surface)) return undefined;
      const spelt = s.key.replace(/\s/g, '');
      // ("the United Steelworkers … the U.S. government": a country's short form is that country's, whatever
      // else has its initials.)
      const country = s.spans.some((x) => x.typeRule === 'country');
      const cands = groups.filter(
        (g) =>
          g !== s &&
          (!country || g.type === 'Place') &&
          g.words >= 2 &&
          [g.name, withoutCountry(g.key) ?? ''].some((n) => initials(n) === spelt || initials(n, true) === spelt) &&
          (compatible(s, g) || g.type === 'Concept'),
      );
      // ("CV" beside "Curriculum Vitae" and "Common Vulnerabilities": capitals two different names spell are
      // neither's. A name counts before a common noun's phrase, "Operating System" before "open source"; among
      // phrases only, the first the text wrote is kept.)
      const named = cands.filter((g) => g.type !== 'Concept');
      if (new Set(named.map((g) => withoutCountry(g.key) ?? g.key)).size > 1) return undefined;
      return firstBefore(named.length ? named : cands);
    },
  },
  {
    // "Xi" after "Xi Jinping", "Trump" after "Donald Trump": one word of a person's full name.
    name: 'surname',
    target: (s, groups) => {
      if (s.words !== 1 || (s.strong && s.type !== 'Person') || isAcronym(s.surface)) return undefined;
      // ("Pope Francis named … the Archbishop of Toronto, Francis Leo": a regnal name is a whole name, no
      // short form of another's, but of its own longer forms: "Queen Elizabeth" of "Elizabeth II", "Sultan
      // Qaboos" of "Qaboos bin Said".)
      const regnal = s.spans.some((x) => REGNAL_TITLES.has(x.title?.toLowerCase() ?? ''));
      const ownForm = (g: NameGroup) =>
        /^(?:[ivx]+|al)$/.test(g.key.split(' ')[1] ?? '') ||
        PATRONYMICS.has(g.key.split(' ')[1] ?? '') ||
        g.spans.some((x) => REGNAL_TITLES.has(x.title?.toLowerCase() ?? ''));
      // "Linux" beside "Red Hat Linux" and "CentOS Linux": a word that ends the names of two or more things or
      // bodies is their shared head word, not one person's surname.
      const heads = groups.filter(
        (g) => g !== s && g.words >= 2 && g.type !== 'Person' && g.type !== 'Concept' && g.lastWord === s.key,
      );
      if (heads.length >= 2) return undefined;
      // "Erdogan" after "Recep Tayyip Erdoğan": the name written without its diacritics is the same word.
      // ("Al-Quaety" after "Nabil Hasan al-Quaety": so is the family name with its hyphened Arabic article.)
      const key = plainLetters(familyName(s.key));
      // ("Swift thanked her band" after "Taylor Swift": a word the parse reads as an adjective is a family name
      // only; "Rocky will remain …" beside "Rocky McGaugh" and "Rocky Linux" is no short form of the person.)
      const adjective = !!s.spans[0].tokens[0]?.tags.has('Adjective');
      const cands = groups.filter(
        (g) =>
          g !== s &&
          g.type === 'Person' &&
          g.words >= 2 &&
          g.words <= maxPersonWords(g) &&
          ((!adjective && plainLetters(g.firstWord) === key) || plainLetters(g.lastWord) === key) &&
          !usedBefore(s, g) &&
          (!regnal || ownForm(g)),
      );
      const last = cands.filter((g) => plainLetters(g.lastWord) === key);
      if (cands.length) return firstBefore(last.length ? last : cands);
      if (adjective) return undefined;
      // "Rosselló" after "Ricardo Rosselló Nevares": the first of two family names, when one person has it
      // (not a given name in the middle: "Walker" of "George Walker Bush" is no one's short form).
      // "Lula" after "Luiz Inácio Lula da Silva": the word before a Romance particle, not opening the name, is
      // a family name of its own, given name or not.
      const beforeParticle = groups.filter((g) => {
        const words = g.key.split(' ');
        const at = words.indexOf(s.key);
        return (
          g !== s && g.type === 'Person' && at >= 1 && PARTICLES.has(words[at + 1]) && !PATRONYMICS.has(words[at + 1])
        );
      });
      if (beforeParticle.length === 1) return beforeParticle[0];
      if (givenName(s.surface)) return undefined;
      const inner = groups.filter(
        (g) =>
          g !== s &&
          g.type === 'Person' &&
          g.words - particleCount(g) >= 3 &&
          g.words - particleCount(g) <= 4 &&
          g.key.split(' ').slice(1, -1).includes(s.key),
      );
      return inner.length === 1 ? inner[0] : undefined;
    },
  },
  middleInitial,
  {
    // "Robert Mugabe" beside "Robert Gabriel Mugabe" (or "John James Conyers Jr."): the name without its middle
    // name and generational suffix, when one person has it.
    name: 'middle-name',
    target: (s, groups) => {
      if (s.words !== 2 || (s.strong && s.type !== 'Person') || s.type === 'Concept') return undefined;
      // ("the father of Luis Díaz … Luis Manuel Díaz": a kin of this one is named, and may be the longer name.)
      if (s.spans.some((x) => x.kinOf)) return undefined;
      const [first, last] = s.key.split(' ');
      const people = groups.filter((g) => g !== s && g.type === 'Person').map((g) => ({ g, core: nameCore(g.key) }));
      // "John Conyers Sr." beside "John James Conyers Jr.": a father and a son share the short name; no guess.
      if (people.some(({ g, core }) => core.length === 2 && g.words === 3 && core[0] === first && core[1] === last))
        return undefined;
      const cands = people
        .filter(({ core }) => core.length === 3 && core[0] === first && core[2] === last)
        .map(({ g, core }) => ({ g, middle: core[1] }));
      // ("Richard Guy" beside "Richard K. Guy" and "Richard Kenneth Guy": one middle name, once as its initial.)
      const spelled = cands.filter((c) => !isInitial(c.middle));
      const one =
        spelled.length === 1 && cands.every((c) => c === spelled[0] || spelled[0].middle.startsWith(c.middle));
      return cands.length === 1 ? cands[0].g : one ? spelled[0].g : undefined;
    },
  },
  {
    // "John Luk" after "John Luk Jok": the first words of one longer person's name, when only one has them.
    name: 'name-prefix',
    target: (s, groups) => {
      if (s.words < 2 || (s.strong && s.type !== 'Person') || s.type === 'Concept') return undefined;
      const cands = groups.filter(
        (g) => g !== s && g.type === 'Person' && g.words > s.words && g.key.startsWith(`${s.key} `),
      );
      return cands.length === 1 ? cands[0] : undefined;
    },
  },
  familyNames,
  nameWrittenWhole,
  {
    // "Treasury Department" after "US Treasury Department": a shorter name with the same head word.
    name: 'short-form',
    target: (s, groups) => {
      if (s.words < 2 || s.type === 'Person' || s.type === 'Concept') return undefined;
      // "Voting Rights Act" beside "John R. Lewis Voting Rights Act": a law's short name is often another law.
      if (LAW_HEADS.has(s.lastWord)) return undefined;
      // "East Los Angeles" is not "Los Angeles", "West Virginia" not "Virginia": places never shorten this way.
      const place = (g: NameGroup) => g.type === 'Place';
      // Also inside it, for an organisation word, before its "of" complement: "Supreme Court" in "Italian
      // Supreme Court of Cassation" (but "Boston University" is not "Boston University School of Public Health",
      // nor "Coast Guard" the "Control Centre of the Coast Guard").
      // A hyphen between two capitalised names is a boundary: "Quds Force" in "Islamic Revolutionary Guard
      // Corps-Quds Force".
      const inside = (g: NameGroup) => {
        const key = /-\p{Lu}/u.test(g.surface) ? nameKey(g.surface.replace(/(?<=\p{L})-(?=\p{Lu})/gu, ' ')) : g.key;
        const at = ` ${key} `.indexOf(` ${s.key} `);
        if (at < 0 || / of( the)?$/.test(key.slice(0, at).trimEnd())) return false;
        if (at > 0 && ownedElsewhere(s, key.slice(0, at).trim())) return false;
        const after = key.slice(at + s.key.length).trim();
        // A year after the longer name dates one edition ("FIFA World Cup 2018"): a version number
        // ("Internet Explorer 6") names another product.
        return after === '' || YEAR.test(after) || (ORG_HEADS.has(s.lastWord) && after.startsWith('of '));
      };
      const cands = groups.filter(
        (g) => g !== s && g.words > s.words && inside(g) && compatible(s, g) && !place(s) && !place(g),
      );
      return firstBefore(cands);
    },
  },
  ofComplement,
  facilityShortForm,
  quotedNickname,
  demonymOfForm,
  placeNameTail,
  cityWordForm,
  commaPlaceName,
  accentFold,
  saintForm,
  romanisation,
  compassForm,
  pluralHead,
  memberPlural,
  {
    // "Labour" for "Labour Party", "Freedom" for "Freedom Magazine": the name without its company word (and a trade
    // word before it: "Ford" for "Ford Motor Company").
    name: 'company-word',
    target: (s, groups) => {
      if (s.type === 'Concept' || (s.strong && s.type !== 'Organization')) return undefined;
      // ("northern Queensland" beside "the Queensland Museum", "Alaska" beside "Alaska Airlines": a place the
      // lexicon knows is that place, however weakly the sentence typed it.)
      if (s.type === 'Place' && isKnownPlace(s.surface)) return undefined;
      // ("Lagunitas" for "Lagunitas Brewing Company of California": the place the firm is of is no part of its name.)
      const places = new Set(groups.filter((g) => g.type === 'Place').map((g) => g.key));
      const firm = (key: string) => {
        const of = / of (?:the )?(.+)$/.exec(key);
        return of && (places.has(of[1]) || isKnownPlace(of[1])) ? key.slice(0, of.index) : key;
      };
      const cands = groups.filter((g) => {
        if (g === s || g.type !== 'Organization') return false;
        const key = firm(g.key);
        const last = key.split(' ').pop()!;
        if (INSTITUTION_WORDS.has(last)) return key === `${s.key} ${last}`;
        return COMPANY_WORDS.has(last) && (key === `${s.key} ${last}` || industryBefore(key, s.key));
      });
      // (forms of one firm, "Constitution Party" and "Constitution Party of Idaho", make one candidate)
      return new Set(cands.map((g) => firm(g.key))).size === 1 ? cands[0] : undefined;
    },
  },
  firmFirstWord,
  firmOpeningWords,
  clubWord,
  clippedName,
  {
    // "UNC Greensboro" for "University of North Carolina at Greensboro": initials, then the campus.
    name: 'acronym-campus',
    target: (s, groups) => {
      const [acr, campus, ...rest] = s.surface.split(/\s+/);
      if (rest.length || !campus || !isAcronym(acr)) return undefined;
      return groups.find(
        (g) =>
          g !== s &&
          g.type === 'Organization' &&
          g.key.includes(' at ') &&
          g.lastWord === campus.toLowerCase() &&
          initials(g.key.split(' at ')[0]) === acr.toLowerCase().replace(/\./g, ''),
      );
    },
  },
  {
    // "Scientology" after "Church of Scientology": the weakly typed name after "of" in an organisation.
    name: 'of-name',
    target: (s, groups) => {
      // A place name ("Indiana" after "University of Southern Indiana") is its own entity.
      if (s.words !== 1 || s.strong || s.type === 'Concept' || s.type === 'Place') return undefined;
      const cands = groups.filter(
        (g) => g !== s && g.type === 'Organization' && / of (the )?/.test(g.key) && g.lastWord === s.key,
      );
      return cands.length === 1 ? cands[0] : undefined;
    },
  },
  {
    // "the Church" after "Church of Scientology", "the House" after "the U.S. House of Representatives": an
    // organisation word alone, when one name has it as its head (not "the House Judiciary Committee"); so is an
    // event word for an event ("the Games" after "the 2038 Asian Games").
    name: 'head-word',
    target: (s, groups) => {
      if (s.words !== 1 || s.type === 'Concept') return undefined;
      const kind = ORG_HEADS.has(s.key) || STATE_BODY_HEADS.has(s.key) ? 'Organization' : 'Event';
      if (kind === 'Event' && !EVENT_HEADS.has(s.key) && !DATED_EVENT_HEADS.has(s.key)) return undefined;
      // "Radio host Don Imus dies": a word whose only capital opens the headline names no body.
      if (s.spans.every((x) => x.sentence === 0 && x.tokens[0].pos === 0)) return undefined;
      const cands = groups.filter(
        (g) =>
          g !== s &&
          g.type === kind &&
          g.words > 1 &&
          headWord(g.key) === s.key &&
          !ownedElsewhere(s, g.key.slice(0, ` ${g.key} `.indexOf(` ${s.key} `)).trim()) &&
          !namedBefore(s, g),
      );
      // "Supreme Court" and "Italian Supreme Court of Cassation", "Iraqi Parliament" and "Parliament of Iraq":
      // forms of one name still make one candidate.
      const longest = cands.sort((a, b) => b.words - a.words)[0];
      const sameBody = (c: NameGroup) =>
        contains(longest.key, c.key) || [demonymOfForm, ofComplement].some((r) => r.target(c, [longest]) === longest);
      return longest && cands.every(sameBody) ? longest : undefined;
    },
  },
  {
    // "the North" after "North Korea" (and "South Korea"): a compass word alone for the one place it opens.
    name: 'compass-short-form',
    target: (s, groups) => {
      if (s.words !== 1 || !COMPASS.has(s.key)) return undefined;
      const cands = groups.filter((g) => g !== s && g.type === 'Place' && g.words === 2 && g.firstWord === s.key);
      return cands.length === 1 ? cands[0] : undefined;
    },
  },
  {
    // "the Chinese government" → China (demonym of a country + a word for its state).
    name: 'demonym',
    target: (s, groups) =>
      s.country ? groups.find((g) => g !== s && g.key === s.country!.toLowerCase() && !g.country) : undefined,
  },
];
