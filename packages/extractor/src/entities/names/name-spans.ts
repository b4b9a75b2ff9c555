// Proper-name spans: runs of capitalised name tokens (with "of"/"for"/"&", hyphens, small numbers and campus
// names inside names), split by split-run.ts; titles of works found first (titled-works.ts); possessives and
// punctuation left out; boilerplate lines, photo credits naming no one in the story, words capitalised only by a
// clause start or a title-case heading, and time words skipped.
import { membersHead } from './member-plurals.js';
import type { Token } from '../../tokens.js';
import { BOILERPLATE_LINES } from '../lexicon/boilerplate.js';
import { GROUP_NOUNS } from '../lexicon/demonyms.js';
import { addElidedNames } from './elided-names.js';
import { spellStateAbbreviations } from './state-abbreviation.js';
import { titlePieces } from './name-fragments.js';
import { commonOpeners } from './common-openers.js';
import { keepSupported, surnames } from './common-nouns.js';
import { dropStyledEvents } from './styled-events.js';
import {
  FRONT_PLACE_HEADS,
  goodsTrade,
  LEGAL_FORMS,
  OCCASION_HEADS,
  ORG_HEADS,
  UNION_BRANCHES,
  ORG_KINDS,
  PLACE_HEADS,
  pluralOrgKind,
} from '../lexicon/org-words.js';
import {
  CALENDAR,
  CONNECTORS,
  HYPHEN_SUFFIXES,
  FUNCTION_WORDS,
  KNOWN,
  NOT_ENTITIES,
  PREFIXES,
  bracketedAcronym,
  clauseInitial,
  endsRun,
  has,
  headingMask,
  isCap,
  isNameToken,
  isTitle,
  lower,
  lowerCaseWords,
  townOpener,
  midSentenceWords,
  prefixedInName,
} from './name-tokens.js';
import { splitRun, makeSpan } from './split-run.js';
import { findTitleRanges } from './titled-works.js';
import { toldPairCut } from './told-pair.js';
import { nameKey } from './name-key.js';
import { spelledAcronyms } from './spelled-acronyms.js';
import { joinPossessiveNames } from './possessive-names.js';
import { notAName } from './not-names.js';
import { withoutQuotedFragments } from './quoted-fragments.js';
import { PARTICLES, generationAfterComma, particleJoin } from './name-particles.js';
import { capitalDistrict } from './capital-district.js';
import { brothersJoin, hyphenOpener, orgJoin } from './org-name-joins.js';
import { inLeadingInitials, initialAt, nameBefore } from './initials.js';
import { acronymJoin, acronymOverComma } from './acronym-joins.js';
import { awardJoin, fieldJoin, yearTitleJoin } from './award-joins.js';
import { districtOf } from './district-of.js';
import { ordinalOpener } from './ordinal-names.js';
import { adjectiveOpener } from './adjective-opener.js';
import { INNER_PREPOSITIONS, innerWordOpener } from './inner-word-opener.js';
import { adjectiveAlone } from './adjective-alone.js';
import { reportingOpener } from './reporting-opener.js';
import { describedNameEnd, describedOpener } from './described-opener.js';
import { platformLetter } from './platform-letter.js';
import { pluralOpener } from './plural-opener.js';
import { kindOpener } from './kind-opener.js';
import { agentNoun, knownRole, openingRole, roleOpener } from './role-opener.js';
import { syllableNameOpener } from './syllable-name.js';
import { imperativeOpener } from './imperative-opener.js';
import { participleOpener } from './participle-opener.js';
import { bodyBeforeTitle } from './body-before-title.js';
import { kinOf } from './kin-of.js';
import { datelineAgency, datelinePlaceEnd } from './dateline.js';
import { warJoin } from './war-names.js';
import { verbAfterName } from './verb-after-name.js';
import { countsNext, dashed, hyphenedParticle, numberJoin, numberOpener, numberSign } from './number-joins.js';
import { soloWords, unsupportedOpener } from './solo-words.js';
import { camelCase } from './camel-case.js';
import { lawAfter } from './law-and-names.js';
import { stormName } from '../typing/storm-names.js';
import type { NameSpan } from '../spans.js';
import { EXTRACT_LIMITS } from '../../limits.js';
import { givenName, lexiconName, lexiconTags, peoplePlural, plainWord } from '../../lexicon-tags.js';
import { isKnownPlace } from '../lexicon/known-places.js';
import { COUNTRY_NAMES } from '../lexicon/countries.js';
import { PORTFOLIO_TITLES, TITLES, TITLE_SUFFIXES } from '../lexicon/titles.js';
import { portfolioPair, unknownThenName } from './title-words.js';
import { aloneTags, numberWord } from '../../common-word.js';
import { shoutedWord } from './shouted-words.js';
import { joinSettledNames } from './settled-joins.js';
import { joinCampusNames } from './campus-names.js';
import { extendCutNames } from './cut-names.js';
import { ARTICLES } from '../lexicon/pronouns.js';

/** Prefixes hyphened onto a name make a modifier ("Pro-Beijing", "Post-Brexit"), no name of their own. */
const PREFIX_WORDS = new Set([
  ...PREFIXES,
  ...'post pre mid neo semi ultra inter trans cross pan sub super'.split(' '),
]);

/** Words before a code that number a place or a service, not a model: "Highway M25", "Gate B12", "Flight AB123". */
const CODED_PLACES = new Set(
  'highway motorway route road gate terminal room platform flight line exit junction ward block zone sector area'.split(
    ' ',
  ),
);

// Words compromise tags as actors that name no role: "many people Wikinews observed".
const NOT_ROLES = new Set([
  'people',
  'persons',
  'person',
  'others',
  'everyone',
  'everybody',
  'someone',
  'somebody',
  'anyone',
  'man',
  'men',
  'woman',
  'women',
]);
const OF_HEADS = new Set('municipality statue house museum prefecture duchy emirate sultanate'.split(' '));
const CREDIT = new Set(['image', 'photo', 'photograph', 'picture', 'credit', 'credits', 'source', 'video', 'file']);
// "Saturday Night", "Last Year": spans made only of time words are dates, not names ("New Year" is kept).
const TIME_WORDS = new Set(
  'year years night nights morning mornings evening evenings afternoon afternoons day days week weeks weekend month months century decade season spring summer autumn winter today tonight tomorrow yesterday last next this past coming previous early late mid'.split(
    ' ',
  ),
);

/** "Protect", "Stop": a capitalised word that alone is a verb's base form. */
const verbAlone = (t: Token) => (aloneTags(t.normal) ?? []).includes('Infinitive');

/** `warnings` receives one line when runs too long to be names were skipped (EXTRACT_LIMITS.nameTokens). */
export function findNameSpans(bySentence: Token[][], text: string, warnings: string[] = []): NameSpan[] {
  const spans: NameSpan[] = [];
  let overlong = 0;
  // In a heading, a word also written in lower case elsewhere ("Election Results") is capitalised by style.
  const common = lowerCaseWords(bySentence);
  // Asked for each row by three passes below: computed once per row.
  const masks = new Map<Token[], boolean[]>();
  const styled = (row: Token[]) => {
    let mask = masks.get(row);
    if (!mask) masks.set(row, (mask = headingMask(row, text).map((h, k) => h && common.has(lower(row[k])))));
    return mask;
  };
  const mid = midSentenceWords(bySentence, styled);
  const { solo, pairs, kindFirst } = soloWords(bySentence, styled);
  // "Doris Day … Day made 29 albums": a time word the text writes right after a given name is that surname.
  const timeSurnames = new Set<string>();
  for (const row of bySentence)
    row.forEach((t, k) => {
      const prev = row[k - 1];
      if (k > 0 && TIME_WORDS.has(lower(t)) && isCap(t) && isCap(prev) && !/\S/.test(prev.post))
        if (prev.tags.has('FirstName') || givenName(prev.text)) timeSurnames.add(lower(t));
    });
  // "The World Health Organization (WHO) … WHO officials said": once the text has introduced a word in
  // capitals as an acronym, it is one wherever it stands, and needs no other support.
  const acronyms = new Set<string>();
  for (const row of bySentence) {
    const heading = styled(row);
    row.forEach((t, k) => !heading[k] && bracketedAcronym(t, row[k - 1]) && acronyms.add(t.text));
    // ("the social media platform X": platform-letter.ts)
    row.forEach((t, k) => !heading[k] && platformLetter(t, row[k - 1]) && acronyms.add(t.text));
  }
  // ("The World Health Organization declared … WHO Director-General Tedros said": spelled-acronyms.ts)
  for (const a of spelledAcronyms(bySentence)) acronyms.add(a);
  for (const a of acronyms) solo.add(a.toLowerCase());
  // "Bashar al-Assad" … "al-Assad": a family name the text writes after a given name is kept without its
  // article when alone, so that it joins the full name (below: "al-Qaeda" keeps it).
  const families = new Set<string>();
  for (const row of bySentence)
    row.forEach((t, k) => k > 1 && arabicArticle(row[k - 1], t) && isCap(row[k - 2]) && families.add(t.normal));
  // "Rudaw reports …", "Airbus agreed …": an unknown word before a reporting verb or an agent's act names a
  // source or an actor (reporting-opener.ts) wherever it stands ("Airbus has pushed back …"). "Foxconn,
  // the Taiwanese electronics maker, …": so does one a kind of organisation describes, as
  // a word written mid-sentence does (described-opener.ts).
  for (const row of bySentence) {
    const heading = styled(row);
    row.forEach((t, k) => !heading[k] && reportingOpener(row, k) && (mid.add(lower(t)), solo.add(lower(t))));
    row.forEach((t, k) => !heading[k] && describedOpener(row, k) && (mid.add(lower(t)), solo.add(lower(t))));
    // ("Blue Origin, the rocket company founded by …": so does a name of common words such an apposition follows.)
    row.forEach((t, k) => {
      const end = heading[k] ? -1 : describedNameEnd(row, k);
      for (let m = k; m <= end; m++) mid.add(lower(row[m]));
    });
  }
  // "Tikhvin lost power": a town's name opening a clause needs no other support (name-tokens.ts townOpener), nor
  // does a word with a capital inside (camel-case.ts).
  for (const row of bySentence)
    row.forEach(
      (t, k) => (townOpener(t, row[k - 1], common) || camelCase(t)) && (mid.add(lower(t)), solo.add(lower(t))),
    );
  // "Bundesbank President Joachim Nagel said": nor does a body's name before a title and a name (body-before-title.ts).
  for (const row of bySentence) {
    const heading = styled(row);
    const named = (k: number) => !heading[k] && isNameToken(row[k], nameBefore(row, k), mid, false);
    row.forEach((t, k) => !heading[k] && bodyBeforeTitle(row, k, named) && (mid.add(lower(t)), solo.add(lower(t))));
  }
  for (const row of bySentence) {
    if (isBoilerplate(row) || wireCredit(row)) continue;
    // Photo credits ("Image: Nick Moreau.") name the photographer: kept only for a name the story uses too.
    const credit = row.findIndex((t) => CREDIT.has(t.normal) && /^\s*:/.test(t.post));
    // So does a dateline's agency ("NEW YORK (AP) —"): the story's source, kept only if the story names it.
    const [agencyFrom, agencyTo] = datelineAgency(row) ?? [-1, -1];
    const heading = styled(row);
    // (past the sentence's end there is no name: "production of the 737 Max." asks after "Max")
    const nameAt = (k: number) =>
      k >= 0 &&
      k < row.length &&
      !(!heading[k] && k > 0 && isCap(row[k - 1]) && verbAfterName(row[k], row[k + 1])) &&
      (isNameToken(row[k], heading[k] ? row[k - 1] : nameBefore(row, k), mid, heading[k]) ||
        (!heading[k] &&
          (acronyms.has(row[k].text) || initialAt(row, k) || inLeadingInitials(row, k) || prefixedInName(row, k))));
    const segments: Array<[number, number]> =
      credit >= 0
        ? [
            [0, credit],
            [credit + 1, row.length],
          ]
        : [[0, row.length]];
    for (const [from, stop] of segments) {
      const titles = new Map(findTitleRanges(row.slice(0, stop)).map((r) => [r.from, r]));
      let i = from;
      while (i < stop) {
        // "NEW TALBRIDGE — …", "PORT-AU-PRINCE, Haiti — …": a dateline's place is one name, whatever its words
        // in capitals are alone ("NEW" an ordinary word, "PRINCE" a title).
        const placeEnd = i === 0 ? datelinePlaceEnd(row) : 0;
        const place = placeEnd > 0 ? makeSpan(row.slice(0, placeEnd), text) : null;
        if (place) {
          spans.push({ ...place, dateline: true });
          i = placeEnd;
          continue;
        }
        const title = titles.get(i);
        if (title) {
          const span = makeSpan(row.slice(title.from, title.to + 1), text);
          // ("Chinese-American" in quotes is a description, not a title: not-names.ts)
          if (span && !notAName(span)) spans.push(title.work ? { ...span, work: true } : span);
          i = title.to + 1;
          continue;
        }
        // "Retailer Walmart said …": a kind word describing the name after it (kind-opener.ts), unless the text
        // writes the pair mid-sentence too.
        if (!heading[i] && kindOpener(row, i) && !pairs.has(`${lower(row[i])} ${lower(row[i + 1])}`)) {
          i++;
          continue;
        }
        // "Business Insider reported…": a plain capitalised noun opening a clause, followed by a name word.
        const plainOpener =
          !heading[i] &&
          isCap(row[i]) &&
          !/ing$/.test(row[i].normal) &&
          !FUNCTION_WORDS.has(row[i].normal) &&
          !NOT_ENTITIES.has(row[i].normal) &&
          // ("Amnesty International has …": an uncountable noun too.)
          // ("Jannik Sinner won …": the parse tags a word before an agent noun an actor too; not a place the lexicon
          // knows, "Ohio Emergencies Minister", whose portfolio title-words.ts reads.)
          [...row[i].tags].every(
            (x) =>
              ['Noun', 'ProperNoun', 'Singular', 'Uncountable'].includes(x) ||
              (x === 'Actor' && !agentNoun(row[i]) && !lexiconName(row[i].normal)),
          ) &&
          !!row[i + 1] &&
          !endsRun(row[i]) &&
          !/\S/.test(row[i + 1].pre) &&
          isNameToken(row[i + 1], undefined, mid) &&
          !clauseInitial(row[i + 1], row[i]);
        // "Dries Mertens's attempt …" ("Dries" could be a verb): a pair of words the text also writes mid-sentence.
        const knownPair =
          !heading[i] &&
          isCap(row[i]) &&
          !!row[i + 1] &&
          !endsRun(row[i]) &&
          (pairs.has(`${lower(row[i])} ${lower(row[i + 1])}`) ||
            // "Hong Kong director Ann Cole said": the parse reads the place as part of a role noun ("Actor").
            (isCap(row[i + 1]) && !/\S/.test(row[i + 1].pre) && isKnownPlace(`${row[i].text} ${row[i + 1].text}`)));
        // "Secretary of State John Kerry said", "President of Chile Ana Soto said": a title opening a clause,
        // with an "of" complement that is a place the lexicon knows or an ordinary word (a portfolio), then a
        // name. Other complements ("Chairman of Volvo", "Member of Parliament") keep to the rules below.
        const complementAt = i + (row[i + 2]?.normal === 'the' ? 3 : 2);
        const complement = row[complementAt];
        const titleOpener =
          !heading[i] &&
          isCap(row[i]) &&
          isTitle(row[i]) &&
          !endsRun(row[i]) &&
          row[i + 1]?.normal === 'of' &&
          !!complement &&
          // ("Minister of Health Olivier Veran": after a minister's title, a one-word portfolio the lexicon
          // lacks, before a given name; "Chairman of Acme Erik Lind" names a body)
          (isKnownPlace(complement.text) ||
            plainWord(complement.text) ||
            (PORTFOLIO_TITLES.has(row[i].normal) && givenName(row[complementAt + 1]?.text ?? '')) ||
            // ("Mayor of Koszalin Piotr Jedlinski": a word the lexicon does not know, then a name of two words
            // ending the run; a title's "of" complement is never a person, so the name follows it)
            unknownThenName(row, complementAt, (k) => isNameToken(row[k], undefined, mid))) &&
          !endsRun(complement) &&
          !!row[complementAt + 1] &&
          !/\S/.test(row[complementAt + 1].pre) &&
          isNameToken(row[complementAt + 1], undefined, mid);
        // "Mount Tavu erupted …", "Fort Dorn reopened …": a place word that heads names from the front ("mount" is
        // also a verb to the parse) before a name word.
        const placeOpener =
          !heading[i] &&
          isCap(row[i]) &&
          FRONT_PLACE_HEADS.has(row[i].normal) &&
          !!row[i + 1] &&
          !endsRun(row[i]) &&
          !/\S/.test(row[i + 1].pre) &&
          isCap(row[i + 1]) &&
          isNameToken(row[i + 1], undefined, mid);
        // "Sanne de Vries, a student, said": a word opening a clause before a family's lower-case particle and a
        // capitalised word is a given name (name-particles.ts joins the three).
        const particleOpener =
          !heading[i] &&
          /^\p{Lu}\p{Ll}+$/u.test(row[i].text) &&
          (givenName(row[i].text) || !lexiconTags(row[i].normal).length) &&
          !row[i].tags.has('Adverb') &&
          !endsRun(row[i]) &&
          !!row[i + 2] &&
          PARTICLES.has(row[i + 1].text) &&
          /^ $/.test(row[i].post) &&
          /^\p{Lu}\p{Ll}/u.test(row[i + 2].text) &&
          isNameToken(row[i + 2], undefined, mid);
        // "the Second World War": an ordinal word opening an event's or a law's name (ordinal-names.ts).
        const opensName =
          plainOpener ||
          particleOpener ||
          placeOpener ||
          knownPair ||
          titleOpener ||
          (!heading[i] && reportingOpener(row, i)) ||
          (!heading[i] && pluralOpener(row, i, nameAt, common)) ||
          (!heading[i] && numberOpener(row, i, nameAt)) ||
          (!heading[i] && ordinalOpener(row, i, nameAt)) ||
          (!heading[i] && adjectiveOpener(row, i, nameAt)) ||
          (!heading[i] && innerWordOpener(row, i, nameAt)) ||
          (!heading[i] && syllableNameOpener(row, i)) ||
          (!heading[i] && imperativeOpener(row, i, nameAt)) ||
          (!heading[i] && participleOpener(row, i, nameAt)) ||
          // "Storm Bert brought rain": the parse reads a storm's kind opening a clause as an imperative.
          (!heading[i] && !!row[i + 1] && !endsRun(row[i]) && stormName(row.slice(i, i + 2)));
        // Admitted only as the opener of a following name: it may not stand as a name by itself.
        const weakOpener = !nameAt(i);
        // "Météo-France, the national weather service, said": a clause-opening word hyphened onto a name word is
        // that name's first word (alone, "France" would be the speaker).
        const dashOpens =
          !heading[i] &&
          weakOpener &&
          /^\p{Lu}\p{Ll}{2,}$/u.test(row[i].text) &&
          !PREFIX_WORDS.has(row[i].normal) &&
          !FUNCTION_WORDS.has(row[i].normal) &&
          dashed(row[i], row[i + 1], row[i + 2]) &&
          nameAt(i + 1);
        // "the Co-operative Commonwealth Federation": a hyphened word opening an organisation's name.
        const hyphenOpens = !heading[i] && hyphenOpener(row, i, nameAt);
        if (!opensName && weakOpener && !hyphenOpens && !dashOpens) {
          i++;
          continue;
        }
        const run: Token[] = hyphenOpens ? [row[i], row[i + 1]] : [row[i]];
        let j = i + run.length;
        // "Counter-Strike", "Rolls-Royce", "Apollo–Soyuz", "COVID-19": a dash inside one word keeps the name going.
        const hyphened = (a: Token, b: Token | undefined) => dashed(a, b, b ? row[b.pos + 1] : undefined);
        // "People's Party", "Children's Hospital": a possessive inside an organisation's name.
        // "Kurdistan Workers' Party": a plural's possessive likewise, when it is no name of its own ("the United
        // States' Centers for …", "the House of Representatives' Committee …").
        const pluralOwner = (a: Token) =>
          /s$/.test(a.text) &&
          /^['’]\s+$/.test(a.post) &&
          !has(a, ['Place']) &&
          !run.some((x) => CONNECTORS.has(x.normal));
        // "Hillary Clinton's Senate seat", "John Lydon's Public Image Ltd": a person's full name owns the body.
        const personOwner = () =>
          run.length >= 2 && (run[0].tags.has('FirstName') || givenName(run[0].text)) && run.every(isCap);
        // "Kenya's Parliament", "University of Washington's Institute", "the FTC's Bureau of Competition": a place or a
        // body owns the body named after it.
        const bodyOwner = () => {
          const owner = run.map((x) => x.text.replace(/['’]s$/, '')).join(' ');
          // ("International Women's Day": a people's possessive, the women own no body.)
          const last = owner.split(' ').at(-1)!.toLowerCase();
          const people = lexiconTags(last).includes('Plural') || peoplePlural(last);
          return (
            isKnownPlace(owner) ||
            COUNTRY_NAMES.has(owner.toLowerCase()) ||
            (!people && run.some((x) => ORG_HEADS.has(lower(x)))) ||
            // ("the FTC's Bureau of Competition": an acronym names a body)
            /^\p{Lu}{2,}$/u.test(owner)
          );
        };
        const peopleOwner = (a: Token) =>
          /['’]s?$/.test(a.text) && lexiconTags(a.text.replace(/['’]s?$/, '').toLowerCase()).join() === 'Plural,Actor';
        const possessiveOrg = (a: Token, b: Token | undefined) =>
          ((/['’]s$/.test(a.text) && !/\S/.test(a.post)) || pluralOwner(a)) &&
          !personOwner() &&
          !bodyOwner() &&
          !!b &&
          isCap(b) &&
          (ORG_HEADS.has(lower(b)) ||
            PLACE_HEADS.has(lower(b)) ||
            // "National People's Power", "Women's Liberation Front": a people's possessive owns no one thing; a
            // capitalised word after it goes on with the name.
            (peopleOwner(a) && (run.length > 1 || !clauseInitial(a, row[a.pos - 1]))) ||
            // "International Women's Day" (the day ends the name: "Ann Cole's Day Care" is her business)
            (OCCASION_HEADS.has(lower(b)) && !(row[b.pos + 1] && isCap(row[b.pos + 1]))));
        // "Wong Kwok-kin", "Lam Cheuk-ting": a lower-case syllable hyphened to a given name after a family name.
        const syllable = (a: Token, b: Token | undefined) =>
          run.length >= 2 &&
          a.post === '-' &&
          !!b &&
          !b.pre &&
          /^\p{Ll}{1,5}$/u.test(b.text) &&
          !HYPHEN_SUFFIXES.has(b.normal);
        while (
          j < stop &&
          run.length <= EXTRACT_LIMITS.nameTokens &&
          !titles.has(j) &&
          (!endsRun(run[run.length - 1]) ||
            hyphened(run[run.length - 1], row[j]) ||
            hyphenedParticle(run[run.length - 1], row[j], row[j + 1]) ||
            possessiveOrg(run[run.length - 1], row[j]) ||
            syllable(run[run.length - 1], row[j]) ||
            acronymOverComma(run, row, j) ||
            generationAfterComma(run, row, j) ||
            capitalDistrict(run, row, j) ||
            numberSign(run[run.length - 1], row[j]) ||
            brothersJoin(run[run.length - 1], row[j])) &&
          !/\S/.test(row[j].pre)
        ) {
          const t = row[j];
          // "Port-au-Prince": the particle and the word after it, whatever that word is alone ("Prince").
          if (hyphenedParticle(run[run.length - 1], t, row[j + 1]) && j + 2 <= stop) {
            run.push(t, row[j + 1]);
            j += 2;
            continue;
          }
          if (nameAt(j)) {
            run.push(t);
            j++;
            continue;
          }
          if (syllable(row[j - 1], t)) {
            run.push(t);
            j++;
            continue;
          }
          // "Doctor Who", "Gone With the Wind": a small word written with a capital inside a sentence is part of the name.
          if (
            /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
            FUNCTION_WORDS.has(t.normal) &&
            !ARTICLES.has(t.normal) &&
            !heading[j] &&
            !clauseInitial(t, row[j - 1]) &&
            (!row[j + 1] || /\S/.test(t.post) || isCap(row[j + 1]))
          ) {
            run.push(t);
            j++;
            continue;
          }
          // "Iraq Veterans Against the War": a capitalised preposition, then "the" and a name word, inside a
          // sentence; not one that often opens a clause ("… Quat In the New Territories" lost its full stop).
          if (
            /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
            INNER_PREPOSITIONS.has(t.normal) &&
            !heading[j] &&
            !clauseInitial(t, row[j - 1]) &&
            row[j + 1]?.text === 'the' &&
            !/\S/.test(t.post + row[j + 1].post) &&
            j + 2 < stop &&
            nameAt(j + 2)
          ) {
            run.push(t, row[j + 1]);
            j += 2;
            continue;
          }
          // "Make-A-Wish": a capitalised small word inside a hyphenated name.
          if (hyphened(row[j - 1], t) && hyphened(t, row[j + 1])) {
            run.push(t, row[j + 1]);
            j += 2;
            continue;
          }
          // "University of North Carolina at Greensboro": a campus after an "of" name headed by an organisation word.
          if (
            t.normal === 'at' &&
            ORG_HEADS.has(lower(run[0])) &&
            run.some((x) => x.normal === 'of') &&
            row[j + 1] &&
            nameAt(j + 1) &&
            !/\S/.test(t.post + row[j + 1].pre)
          ) {
            run.push(t, row[j + 1]);
            j += 2;
            continue;
          }
          // "Boeing 737 MAX", "Falcon 9", "COVID-19": numbers that belong to the name (number-joins.ts).
          const numbered = numberJoin(run, row, j, nameAt);
          if (numbered && j + numbered <= stop) {
            run.push(...row.slice(j, j + numbered));
            j += numbered;
            continue;
          }
          // "Mary & Leigh Block Museum", "Procter & Gamble": an ampersand between two capitalised words.
          if (t.normal === '&' && row[j + 1] && isCap(row[j + 1]) && !/\S/.test(t.post + row[j + 1].pre)) {
            run.push(t, row[j + 1]);
            j += 2;
            continue;
          }
          // "Osama bin Laden", "Bashar al-Assad": a particle inside a person's name (name-particles.ts).
          const particles = particleJoin(run, row, j, nameAt);
          if (particles && j + particles <= stop) {
            run.push(...row.slice(j, j + particles));
            j += particles;
            continue;
          }
          // "the War on Drugs", "the Battle of Hastings" (war-names.ts).
          const war = warJoin(run, row, j, nameAt);
          if (war && j + war <= stop) {
            run.push(...row.slice(j, j + war));
            j += war;
            continue;
          }
          // "Defender of Democracy Award", "Time Person of the Year", "Nobel Prize in Physics" (award-joins.ts).
          const award = awardJoin(run, row, j, nameAt) || yearTitleJoin(run, row, j) || fieldJoin(run, row, j);
          if (award && j + award <= stop) {
            run.push(...row.slice(j, j + award));
            j += award;
            continue;
          }
          // "Union of Rationalist Atheists and Agnostics", "Museum and Art Gallery" (org-name-joins.ts);
          // "Institute for Research in Environmental Sciences (CIRES)" (acronym-joins.ts).
          const joined = orgJoin(run, row, j, nameAt) || acronymJoin(run, row, j);
          if (joined && j + joined <= stop) {
            run.push(...row.slice(j, j + joined));
            j += joined;
            continue;
          }
          // "Department of Homeland Security", "Bank of the West": a connector between two name parts ("Movement
          // for a New Slovenia": "for" may take "a" too, a cause's name).
          const article =
            row[j + 1]?.normal === 'the' || (t.normal === 'for' && ['a', 'an'].includes(row[j + 1]?.text ?? ''));
          const k = CONNECTORS.has(t.normal) && article ? j + 2 : j + 1;
          // Only after a word that heads such names ("Bank of …", "University of …", "Republic of …").
          // Also after a title: "Secretary of State John Kerry", "Minister of Foreign Affairs Wang Yi".
          const headed =
            (ORG_HEADS.has(lower(run[run.length - 1])) && !LEGAL_FORMS.has(lower(run[run.length - 1]))) ||
            PLACE_HEADS.has(lower(run[run.length - 1])) ||
            OF_HEADS.has(lower(run[run.length - 1])) ||
            // "Cape of Good Hope", "Isle of Man", "Mount of Olives": a place word that heads names from the front.
            (run.length === 1 && FRONT_PLACE_HEADS.has(lower(run[0]))) ||
            isTitle(run[run.length - 1]) ||
            membersHead(run, row[run[0].pos - 1]) ||
            // "Alternative for Germany", "Hope for Norland": one capitalised word, "for" and a country ending
            // the name is a movement's name.
            (run.length === 1 &&
              t.normal === 'for' &&
              !!row[k] &&
              COUNTRY_NAMES.has(lower(row[k])) &&
              !(row[k + 1] && isCap(row[k + 1]) && !/\S/.test(row[k].post)));
          // "Committee on Foreign Relations", "Council on Foreign Relations": "on" after an organisation word;
          // "Committee to Protect Journalists", "Campaign to Stop Killer Robots": "to" and a capitalised verb.
          const orgWord = ORG_HEADS.has(lower(run[run.length - 1]));
          const connector =
            CONNECTORS.has(t.normal) ||
            (t.normal === 'on' && orgWord) ||
            (t.normal === 'to' && orgWord && !!row[j + 1] && isCap(row[j + 1]) && verbAlone(row[j + 1]));
          // One connector per name, but for the portfolio after an organisation's "of State" ("Ministry of State
          // for Antiquities"; a title's, "Secretary of State for Health", is left to the title rules).
          const portfolio =
            t.normal === 'for' && lower(run[run.length - 1]) === 'state' && run.some((x) => ORG_HEADS.has(lower(x)));
          // ("Dean of UC Berkeley School of Law": the connector of a title's complement is the title's own.)
          const titleAt = run.findLastIndex((x) => isTitle(x));
          const own = titleAt >= 0 && CONNECTORS.has(run[titleAt + 1]?.normal ?? '') ? run.slice(titleAt + 2) : run;
          const last = run[run.length - 1];
          // "the General Security of Military Information Agreement": an "of" phrase ending in a treaty's or a
          // law's word ends the name of that treaty or law, whatever the parse made of the words before it ("the
          // Due Process Clause of the United States Constitution" names a part of another law).
          if (t.normal === 'of' && k === j + 1 && !own.some((x) => CONNECTORS.has(x.normal)) && lawAfter(row, k)) {
            run.push(...row.slice(j, k + 1));
            j = k + 1;
            continue;
          }
          if (
            headed &&
            (portfolio || !own.some((x) => CONNECTORS.has(x.normal) && x.normal !== '&') || districtOf(own, t)) &&
            connector &&
            !/[A-Z]/.test(t.text) &&
            row[k] &&
            nameAt(k) &&
            // ("Western District of Texas": the parse tags a place word after its qualifier a region.)
            (!has(last, ['Person', 'Country', 'City', 'Region']) || (PLACE_HEADS.has(lower(last)) && run.length > 1))
          ) {
            run.push(...row.slice(j, k + 1));
            j = k + 1;
            continue;
          }
          break;
        }
        // Capitalised word salad, a title-case heading run together: not a name, nor are pieces of it.
        if (run.length > EXTRACT_LIMITS.nameTokens) {
          while (j < stop && !/\S/.test(row[j].pre) && (isCap(row[j]) || nameAt(j))) j++;
          overlong++;
          i = j;
          continue;
        }
        // "al-Qaeda", "el-Baradei": a hyphened Arabic article opens the name (it is no word of its own).
        if (i > from && run[0] === row[i] && arabicArticle(row[i - 1], row[i]) && !families.has(row[i].normal))
          run.unshift(row[i - 1]);
        // "Chief Executive Jensen Huang told …": a title opening the clause, skipped as an opener, before a title's
        // second word ("Executive"): the run takes it back, so that the two split off as one title.
        if (
          i > from &&
          run[0] === row[i] &&
          TITLE_SUFFIXES.has(lower(row[i])) &&
          isTitle(row[i - 1]) &&
          !/\S/.test(row[i - 1].post)
        )
          run.unshift(row[i - 1]);
        // "Voter Kitty Mak told …": a role noun capitalised by its clause start describes the person (role-opener.ts).
        // (A role the lexicon knows may carry the parse's place tag with the rest: "Actor James Woods said".)
        if ((weakOpener || knownRole(row[i])) && run[0] === row[i] && roleOpener(run)) run.shift();
        // "UK Health and Social Care Secretary …": the words on both sides of "and" are the title's (title-words.ts).
        const after = portfolioPair(row, j);
        if (after) run.splice(Math.max(0, after.from - run[0].pos));
        const before = run.length ? portfolioPair(row, run[0].pos - 1) : null;
        if (before) run.splice(0, before.title - run[0].pos);
        // "told MSNBC Cummings "was …"": the addressee and the clause's subject (told-pair.ts).
        const cut = toldPairCut(run, row, row[j]);
        const pieces =
          cut > 0 ? [splitRun(run.slice(0, cut), run[cut], text), splitRun(run.slice(cut), row[j], text)] : [];
        for (const span of cut > 0 ? pieces.flat() : run.length ? splitRun(run, row[j], text) : []) {
          const b = span.tokens[0].pos > 0 ? row[span.tokens[0].pos - 1] : undefined;
          span.roleBefore =
            !!b &&
            // ("Its chief executive, Shou Zi Chew,": a title's second word after the title, which the parse may
            // read as an adjective.)
            ((!/^\p{Lu}/u.test(b.text) &&
              (b.tags.has('Actor') || (TITLE_SUFFIXES.has(b.normal) && TITLES.has(row[b.pos - 1]?.normal ?? '')))) ||
              (span.tokens.length > 1 && openingRole(b, row[b.pos - 1]))) &&
            !b.tags.has('Pronoun') &&
            // ("the president of Virginia-based …": the parse tags the "of" of a role an actor too.)
            !FUNCTION_WORDS.has(b.normal) &&
            !NOT_ROLES.has(b.normal) &&
            // "the carmaker Holtenbach", "Tour operators Jet2 and TUI": a kind of organisation, not a person's role.
            !ORG_KINDS.has(b.normal) &&
            !pluralOrgKind(b.normal) &&
            // ("its coalition partner Komeito", "trading partner Norland": a partner of a coalition or in trade is
            // a party or a country)
            !(b.normal === 'partner' && ['coalition', 'trading'].includes(row[span.tokens[0].pos - 2]?.normal ?? '')) &&
            // ("the state-owned copper producer Codelco"; "film producer Ann Cole" keeps her role)
            !goodsTrade(
              [2, 3].map((n) => row[span.tokens[0].pos - n]?.normal ?? ''),
              b.normal,
            );
          // "was born Peter Edward Baker", "tested positive for COVID-19": the words may say what the name is.
          const bb = span.tokens[0].pos > 1 ? row[span.tokens[0].pos - 2] : undefined;
          if (b && bb && /^\p{Ll}/u.test(bb.text) && /^\p{Ll}/u.test(b.text))
            span.wordsBefore = `${bb.normal} ${b.normal}`;
          // "Born Robert Burns in Arroyo Grande, he …": a participle opening the sentence
          else if (b && !bb && b.normal === 'born') span.wordsBefore = 'born';
          if (kinOf(row, span.tokens[0].pos, span.tokens[span.tokens.length - 1].pos)) span.kinOf = true;
          // "the 2038 Asian Games": an edition's year between the article and the name.
          if (b && bb?.normal === 'the' && /^(?:1[89]|20)\d\d$/.test(b.text) && !/\S/.test(b.post))
            span.yearBefore = true;
          if (b && /['’]s?$/.test(b.text) && !/\S/.test(b.post.replace(/^['’]/, '')))
            span.owner = b.text.replace(/['’]s?$/, '');
          // "Falcon 9", "CentOS 8": a model or version number ends the name ("COVID-19" is no version).
          const last = span.tokens[span.tokens.length - 1];
          const beforeLast = span.tokens[span.tokens.length - 2];
          span.numberAfter =
            /^\d{1,3}$/.test(row[j]?.text ?? '') && last === run[run.length - 1] && !/\S/.test(last.post);
          // ("Airbus A320", "Galaxy S21": a model code of capitals and digits after the maker's name; not a
          // road's, gate's or flight's, "Highway M25", "Gate B12".)
          const modelCode =
            /^\p{Lu}{1,3}\d{2,4}\p{Lu}?$/u.test(last.text) &&
            !!beforeLast &&
            !PLACE_HEADS.has(lower(beforeLast)) &&
            !CODED_PLACES.has(lower(beforeLast));
          span.versioned =
            !has(span.tokens[0], ['Place']) &&
            // (a union's branch number is no version: "Haulers Local 727")
            ((/^\d{1,3}$/.test(last.text) &&
              !!beforeLast &&
              !dashed(beforeLast, last) &&
              !UNION_BRANCHES.has(lower(beforeLast))) ||
              modelCode ||
              // "Trump 47 percent", "Humberto 785 miles": a count after a name, not its model.
              (span.numberAfter && !countsNext(row, j)));
          // "the Polaroid format", "the COVID-19 pandemic": the noun may say what the name is (typing/ cues decide).
          const after = row[j];
          if (
            after &&
            span.tokens[span.tokens.length - 1] === run[run.length - 1] &&
            !/\S/.test(run[run.length - 1].post) &&
            /^\p{Ll}/u.test(after.text)
          )
            span.nounAfter = after.normal;
          const letter = span.tokens.length === 1 && /^\p{Lu}$/u.test(span.text) && acronyms.has(span.text);
          if (
            (notAName(span, row[span.tokens[0].pos - 1]) && !letter) ||
            adjectiveAlone(span.tokens, row[span.tokens[0].pos + 1])
          )
            continue;
          // "Nonpartisan Paul Tse": a clause-initial word split off the name it opened is an ordinary word.
          if (weakOpener && run.length > 1 && span.tokens.length === 1 && span.tokens[0] === row[i]) continue;
          const [opensBefore, opensAfter] = [row[span.tokens[0].pos - 1], row[span.tokens[0].pos + 1]];
          if (unsupportedOpener(span.tokens, opensBefore, opensAfter, solo, kindFirst)) continue;
          if (
            !(span.tokens.length === 1 && timeSurnames.has(lower(span.tokens[0]))) &&
            span.tokens.every(
              (t) =>
                TIME_WORDS.has(lower(t)) ||
                CALENDAR.has(t.normal) ||
                has(t, ['Month', 'WeekDay']) ||
                /^\d+$/.test(t.text),
            )
          )
            continue;
          // "polling at a solid ZERO": a lone number word in capitals is emphasis, not an acronym.
          if (span.tokens.length === 1 && /^\p{Lu}+$/u.test(span.text) && numberWord(span.text)) continue;
          if (span.tokens.length === 1 && shoutedWord(span.tokens[0], row)) continue;
          // Plural acronyms ("MPs", "CEOs") name a kind of person, not one entity.
          if (span.tokens.length === 1 && /^[A-Z]{2,}s$/.test(span.text)) continue;
          // A lone capitalised plural whose singular is also used ("Polaroids" … "a Polaroid") is a common noun.
          if (
            span.tokens.length === 1 &&
            /[a-rt-z]s$/.test(span.text) &&
            !/(us|is|ss)$/.test(span.text) &&
            mid.has(lower(span.tokens[0]).slice(0, -1)) &&
            !has(span.tokens[0], KNOWN) &&
            !span.tokens[0].tags.has('Demonym') &&
            !GROUP_NOUNS.has(lower(span.tokens[0]).replace(/s$/, ''))
          )
            continue;
          const agency = span.tokens[0].pos >= agencyFrom && span.tokens[0].pos < agencyTo;
          spans.push((credit >= 0 && from > credit) || agency ? { ...span, credit: true } : span);
        }
        i = j;
      }
    }
  }
  const story = new Set(spans.filter((s) => !s.credit).map((s) => nameKey(s.text)));
  if (overlong)
    warnings.push(
      `extract: ${overlong} run(s) of more than ${EXTRACT_LIMITS.nameTokens} name words were not taken as names`,
    );
  const kept = withoutQuotedFragments(
    spans.filter((s) => !s.credit || story.has(nameKey(s.text))),
    text,
  );
  const joined = joinSettledNames(joinPossessiveNames(kept, text, bySentence), bySentence, text);
  const campuses = joinCampusNames(joined, bySentence, text);
  const found = spellStateAbbreviations(
    addElidedNames(extendCutNames(campuses, bySentence, text), bySentence, text),
    bySentence,
  );
  // "Conway's Game of Life" → neither "Game" nor "Life" (name-fragments.ts); "Emergency workers said" → no
  // "Emergency" (common-openers.ts).
  // "the 2020 US Presidential Election" → no "Presidential Election" (styled-events.ts).
  const named = dropStyledEvents(found, common, text);
  const family = surnames(named);
  const pieces = titlePieces(named, bySentence, common, family);
  const openers = commonOpeners(named, bySentence, common, family);
  return keepSupported(
    named,
    named.map((_, n) => pieces[n] || openers[n]),
  );
}

/** "al-" or "el-" written onto the capitalised word after it. */
function arabicArticle(article: Token, word: Token): boolean {
  return (article.text === 'al' || article.text === 'el') && article.post === '-' && !word.pre && isCap(word);
}

function isBoilerplate(row: Token[]): boolean {
  if (row.length > 8) return false;
  const line = row
    .map((t) => t.normal)
    .join(' ')
    .replace(/[^\p{L}\s-]/gu, '')
    .trim();
  return BOILERPLATE_LINES.has(line);
}

/** "(Reporting by Ann Cole in Oslo; Editing by Tom Hale)": a wire's credit line names its staff, nothing the story
 * tells of. */
function wireCredit(row: Token[]): boolean {
  const [first, by] = [row[0], row[1]];
  return (
    !!first &&
    /\(\s*$/.test(first.pre) &&
    /^(?:reporting|writing|editing|compiled)$/.test(first.normal) &&
    by?.normal === 'by' &&
    /\)/.test(row[row.length - 1].post)
  );
}
