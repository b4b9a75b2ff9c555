// Splitting a run of name tokens into names: titles split off ("U.S. President Donald Trump" → "U.S." +
// "Donald Trump"), a person's name split from words before it, bare demonyms dropped unless they name a state.
import type { Token } from '../../tokens.js';
import type { NameSpan } from '../spans.js';
import { DEMONYMS, GROUP_NOUNS, STATE_NOUNS, pluralDemonym } from '../lexicon/demonyms.js';
import { TITLE_MODIFIERS, TITLE_SUFFIXES } from '../lexicon/titles.js';
import { EVENT_HEADS, ORG_HEADS, PLACE_HEADS } from '../lexicon/org-words.js';
import { LAW_HEADS, SHOW_HEADS } from '../lexicon/work-words.js';
import { isKnownPlace } from '../lexicon/known-places.js';
import { COUNTRY_NAMES } from '../lexicon/countries.js';
import { AFFILIATIONS, pluralTitle, portfolioAt, portfolioTail } from './title-words.js';
import { partyBeforeChamber } from './party-chamber.js';
import { countryAdjectivePieces } from './country-adjective.js';
import { givenName, lexiconName, lexiconTags } from '../../lexicon-tags.js';
import { aloneTags } from '../../common-word.js';
import { stormName } from '../typing/storm-names.js';
import { ADJECTIVE_ENDING, CONNECTORS, KNOWN, POSTNOMINALS, SAINT, has, isCap, isTitle, lower } from './name-tokens.js';
import { GENERATION } from './name-particles.js';

const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western']);

/** Last words of a settlement's or a division's name ("Davao City", "Sultan Kudarat Province"). */
const SETTLEMENT_HEADS = new Set(['city', 'town', 'village', 'county', 'province']);

/** Splits titles off a run: "U.S. President Donald Trump" → "U.S." + "Donald Trump" (title President). */
export function splitRun(run: Token[], next: Token | undefined, text: string): NameSpan[] {
  if (run.length >= 3 && POSTNOMINALS.has(run[run.length - 1].text) && has(run[run.length - 2], ['Person']))
    return splitRun(run.slice(0, -1), run[run.length - 1], text);
  const out: NameSpan[] = [];
  const pieces = countryAdjectivePieces(run, next);
  if (pieces) return pieces.flatMap((piece, k) => splitRun(piece, pieces[k + 1]?.[0] ?? run[run.length - 1], text));
  const party = partyBeforeChamber(run);
  if (party >= 0)
    return [
      ...(party > 0 ? splitRun(run.slice(0, party), undefined, text) : []),
      ...splitRun(run.slice(party + 1), next, text),
    ];
  const tail = portfolioTail(run, next);
  if (tail) return splitRun(run.slice(0, run.length - tail), undefined, text);
  // "Kenya's Deputy Ministers", "US Senators Ana Ruiz and …": plural titles name no one; what stands before
  // or after them may ("Council of Ministers" is a body: not after a connector).
  const plural = run.findIndex((t) => pluralTitle(t));
  if (plural >= 0 && !run.slice(0, plural).some((t) => CONNECTORS.has(t.normal))) {
    let from = plural;
    while (
      from > 0 &&
      (isTitle(run[from - 1]) || TITLE_MODIFIERS.has(lower(run[from - 1])) || portfolioAt(run, from - 1, run[plural]))
    )
      from--;
    const before = from > 0 ? splitRun(run.slice(0, from), undefined, text) : [];
    const after = plural + 1 < run.length ? splitRun(run.slice(plural + 1), next, text) : [];
    return [...before, ...after];
  }
  // "President of the European Council": a title with its complement, not an organisation's name.
  const titleOf = run.findIndex((t, k) => isTitle(t) && CONNECTORS.has(run[k + 1]?.normal ?? ''));
  const titled =
    titleOf >= 0 &&
    run.slice(0, titleOf).every((t) => isTitle(t) || TITLE_MODIFIERS.has(lower(t)) || has(t, ['Place', 'Acronym']));
  // ("the General Security of Military Information Agreement": a treaty's or a law's name keeps its title words.)
  const last = lower(run[run.length - 1]);
  const orgLike = (ORG_HEADS.has(last) || (LAW_HEADS.has(last) && run.length > 2)) && !titled;
  let lastTitle = -1;
  // "Secretary of Justice", "International Court of Justice": a title word after "of" belongs to the
  // complement of the title or organisation word before it; so does an office after an organisation word's
  // "of the", its modifiers with it ("Office of the Prime Minister", "Office of the Director of …").
  if (!orgLike)
    run.forEach((t, k) => {
      let p = k;
      while (p > 0 && (TITLE_MODIFIERS.has(lower(run[p - 1])) || isTitle(run[p - 1]))) p--;
      const of = p - (run[p - 1]?.normal === 'the' ? 2 : 1);
      const complement =
        (k >= 2 && CONNECTORS.has(run[k - 1].normal) && (isTitle(run[k - 2]) || ORG_HEADS.has(lower(run[k - 2])))) ||
        (of >= 1 &&
          run[p - 1]?.normal === 'the' &&
          CONNECTORS.has(run[of].normal) &&
          ORG_HEADS.has(lower(run[of - 1])));
      // ("Port-au-Prince": a word hyphened after a lower-case particle is part of a place's name)
      // ("Notre-Dame": a title word hyphened onto a name word that is no title is part of that name)
      const before = run[k - 1];
      const hyphened =
        k > 0 &&
        before.post === '-' &&
        (/^\p{Ll}{1,4}$/u.test(before.text) || (!isTitle(before) && !TITLE_MODIFIERS.has(lower(before))));
      // ("Martin Luther King Jr.": a title word before a generation is a family name.)
      const generation = GENERATION.test(run[k + 1]?.text ?? '') && k > 0;
      // ("the Special Prosecutor's Office for …": a title's possessive owns the noun after it, no name.)
      const owns = /['’]s$/.test(t.text) && k < run.length - 1;
      if (isTitle(t) && !complement && !hyphened && !generation && !owns) lastTitle = k;
    });
  if (lastTitle < 0) {
    // "Democrat Rod Blagojevich", "Republican Ann Dorn": a party member's word before a person's name says whose
    // party, it is no part of the name (party-names.ts makes it the party); not after another capitalised word
    // ("Liberal Democrat Jo Swinson", the run cut after "Liberal").
    if (
      run.length >= 3 &&
      !/\p{Lu}[\p{L}.'’-]*[ \t]+$/u.test(text.slice(Math.max(0, run[0].start - 40), run[0].start)) &&
      AFFILIATIONS.has(lower(run[0])) &&
      !AFFILIATIONS.has(lower(run[1])) &&
      has(run[1], ['FirstName', 'Person']) &&
      plainNameWords(run.slice(1))
    )
      return [...splitRun(run.slice(0, 1), undefined, text), ...splitRun(run.slice(1), next, text)];
    // "United States Hamdullah Mohib", "Scientologist Tom Cruise": a first name after words that are not
    // part of a personal name (or end like "Scientologist", "Christian") starts the person's name.
    const k = run.findIndex(
      (t, n) =>
        n > 0 &&
        t.tags.has('FirstName') &&
        !has(t, ['Place', 'Organization']) &&
        (!has(run[n - 1], ['FirstName', 'LastName', 'Person']) ||
          (ADJECTIVE_ENDING.test(run[n - 1].text) && !run[n - 1].tags.has('FirstName'))) &&
        !CONNECTORS.has(run[n - 1].normal) &&
        // "St Margaret's", "Saint Vincent": a saint's name is the name of what is named after the saint.
        !SAINT.test(run[n - 1].text) &&
        // "Storm Bert": a storm named with a given name.
        !stormName(run.slice(0, n + 1)) &&
        // "Spider-Gwen", "Kimberly-Clark": a name is never cut inside a hyphened word.
        run[n - 1].post !== '-' &&
        // "Bill and Melinda Gates Foundation": a run joined over "and" is an organisation's name.
        run[n - 1].normal !== 'and' &&
        // "Xiaogang Wei": a word the lexicon does not know before a last word it takes for a given name is
        // the person's own given name (names written in either order), not a word before the name; so is one
        // before a hyphened family name opening with a given name ("Adil Abdul-Mahdi"); so is one it knows only
        // as a plural before one name ("Piers Morgan": no common plural stands capitalised before a given name).
        !(
          n === 1 &&
          run.slice(1, -1).every((w) => w.post === '-') &&
          (!lexiconTags(run[0].text).length || (run.length === 2 && lexiconTags(run[0].text).join() === 'Plural')) &&
          !has(run[0], ['Place', 'Organization', 'Acronym'])
        ) &&
        // ("J. Morgan", "J.P. Morgan": initials open the person's name; not a country's, "U.S. Anna Bell")
        !(
          /^(?:\p{Lu}\.?|(?:\p{Lu}\.){2,3})$/u.test(run[n - 1].text) &&
          !has(run[n - 1], ['Place', 'Country', 'Organization'])
        ),
    );
    if (k > 0) {
      // A lone "Scientologist" or "Christian" before the name describes the person.
      const describes = k === 1 && ADJECTIVE_ENDING.test(run[0].text) && !has(run[0], ['Place', 'Organization']);
      return [...(describes ? [] : splitRun(run.slice(0, k), undefined, text)), ...splitRun(run.slice(k), next, text)];
    }
    // "United States Hamdullah Mohib": a known place, then two or more plain name words; a country's name
    // the parse took for part of a person's counts before a given name ("president of France Jacques Chirac";
    // not "Iran Hostage Crisis").
    let p = 0;
    while (p < run.length && has(run[p], ['Place'])) p++;
    // ("the state's Clean Water Act": a place tag the parse guessed on a word that names no place splits nothing.)
    const guessed = (t: Token) => !/^\p{Lu}{2,}/u.test(t.text) && !lexiconName(t.text);
    if (
      p > 0 &&
      !isKnownPlace(
        run
          .slice(0, p)
          .map((t) => t.text)
          .join(' '),
      ) &&
      run.slice(0, p).every(guessed)
    )
      p = 0;
    if (!p && COUNTRY_NAMES.has(lower(run[0])) && run[1]?.tags.has('FirstName')) p = 1;
    const rest = run.slice(p);
    // ("Pakistan Tehreek-e-Insaf": one word hyphened over a lower-case particle after the place is no person's
    // full name; "US Biden-Trump debate" is two names.)
    const oneWord = rest.slice(0, -1).every((t) => t.post === '-') && rest.some((t) => /^\p{Ll}/u.test(t.text));
    if (p > 0 && plainNameWords(rest) && !oneWord)
      return [...splitRun(run.slice(0, p), undefined, text), ...splitRun(rest, next, text)];
    // "Ethiopians Dejene Debela": a people in the plural names no one; the name words after it name a person.
    if (pluralDemonym(run[0].text) && plainNameWords(run.slice(1))) return splitRun(run.slice(1), next, text);
    const span = makeSpan(run, text);
    // "South Korean": a compass word before a demonym is part of it.
    const d = run.length === 2 && COMPASS.has(run[0].normal) ? 1 : 0;
    const word = run[d];
    const adjective =
      ADJECTIVE_ENDING.test(word.text) &&
      !has(word, [...KNOWN, 'FirstName']) &&
      !isKnownPlace(word.text) &&
      !!next &&
      /^\p{Ll}/u.test(next.text) &&
      ((next.tags.has('Noun') && !next.tags.has('Verb')) || next.normal === 'and' || next.normal === 'or');
    const demonym = DEMONYMS.has(lower(word)) || word.tags.has('Demonym');
    if (
      span &&
      run.length === d + 1 &&
      (demonym || (!d && (GROUP_NOUNS.has(lower(word)) || adjective))) &&
      // A plural ("Afghans") names people; a demonym that ends in "s" is none ("Swiss", "Seychellois").
      (!/s$/.test(word.text) || DEMONYMS.has(lower(word)))
    ) {
      // A bare demonym is an adjective ("Afghan team"), unless it names the state ("Chinese government").
      if (next && STATE_NOUNS.has(next.normal) && DEMONYMS.has(lower(word))) {
        const full = makeSpan([...run, next], text);
        const country = DEMONYMS.get(lower(word))!;
        const withCompass = d ? `${run[0].text} ${country}` : country;
        if (full)
          out.push({ ...full, demonymOf: COUNTRY_NAMES.has(withCompass.toLowerCase()) ? withCompass : country });
      }
      return out;
    }
    if (span) out.push(span);
    return out;
  }
  let titleStart = lastTitle;
  while (
    titleStart > 0 &&
    (isTitle(run[titleStart - 1]) ||
      TITLE_MODIFIERS.has(lower(run[titleStart - 1])) ||
      portfolioAt(run, titleStart - 1, run[lastTitle]) ||
      officeAdjective(run, titleStart - 1))
  )
    titleStart--;
  // "Bishop Emeritus Dinualdo Gutierrez": the holder's status after the title is part of it.
  while (lastTitle < run.length - 1 && TITLE_SUFFIXES.has(lower(run[lastTitle + 1]))) lastTitle++;
  const left = run.slice(0, titleStart);
  let right = run.slice(lastTitle + 1);
  // "Secretary of State": the words after a title's connector belong to the title, up to the person's name:
  // a first name, else the last two words when more than two follow ("… of State John Kerry").
  if (right.length && CONNECTORS.has(right[0].normal)) {
    const named = right.findIndex((t, n) => n >= 2 && t.tags.has('FirstName') && !has(t, ['Place', 'Organization']));
    // The last two words, a hyphened "al-Eryani" one of them ("… of Information Moammar al-Eryani").
    let start = right.length;
    for (let words = 0; words < 2 && start > 0; words++) {
      start--;
      while (start > 0 && right[start - 1].post === '-') start--;
    }
    const plain =
      start >= 2 &&
      right.slice(start).every(
        (t) =>
          // ("Dean of UC Berkeley School of Law": "of Law" is no one's name)
          (!CONNECTORS.has(t.normal) || t.post === '-') &&
          !ORG_HEADS.has(lower(t)) &&
          !PLACE_HEADS.has(lower(t)) &&
          !has(t, ['Acronym', 'Country', 'Region', 'City', 'Organization']),
      )
        ? start
        : -1;
    const cut = named > 0 && (plain < 0 || named < plain) ? named : plain;
    // The complement may name an organisation or place of its own: "of the European Council", "of the United States".
    const complement = right
      .slice(0, cut > 0 ? cut : right.length)
      .filter((t, n) => n > 0 && !(n === 1 && t.normal === 'the'));
    // One word names a place only when the lexicon knows it as one ("President of France", not "of State").
    const named2 =
      (complement.length >= 2 &&
        (ORG_HEADS.has(lower(complement[complement.length - 1])) ||
          // ("of UC Berkeley School of Law": a body's head word with its own "of" complement)
          complement.some((t, n) => n > 0 && ORG_HEADS.has(lower(t)) && complement[n + 1]?.normal === 'of') ||
          complement.every((t) => has(t, ['Country', 'Region', 'City'])))) ||
      (complement.length === 1 && isKnownPlace(complement[0].text));
    const own = named2 ? makeSpan(complement, text) : null;
    if (own) out.push(own);
    lastTitle = cut > 0 ? lastTitle + cut : run.length - 1;
    right = cut > 0 ? right.slice(cut) : [];
  }
  const title = run
    .slice(titleStart, lastTitle + 1)
    .map((t) => t.text)
    .join(' ');
  if (left.length && !(left.length === 1 && DEMONYMS.has(lower(left[0])))) {
    const span = makeSpan(left, text);
    if (span) out.push(span);
  }
  // "Captain America", "Miss France": a title right before a country's name is a character's or winner's name.
  if (
    right.length &&
    lastTitle === titleStart &&
    COUNTRY_NAMES.has(
      right
        .map((t) => t.text)
        .join(' ')
        .toLowerCase(),
    )
  ) {
    const whole = makeSpan(run.slice(titleStart), text);
    if (whole) out.push({ ...whole, title });
    return out;
  }
  // "General Santos City": a title word opening a town's name is part of it, no one's title.
  if (right.length && lastTitle === titleStart && SETTLEMENT_HEADS.has(lower(right[right.length - 1]))) {
    const whole = makeSpan(run.slice(titleStart), text);
    if (whole) out.push(whole);
    return out;
  }
  const person = makeSpan(right, text);
  if (person) out.push({ ...person, title });
  else {
    const bare = makeSpan(run.slice(titleStart, lastTitle + 1), text);
    if (bare) out.push({ ...bare, title, titleOnly: true });
  }
  return out;
}

// "Chief Technical Officer", "Chief Medical Officer": an adjective between two title words names the office's
// field; the lexicon may not know it ("Technical"), so it would otherwise be left over as a name of its own.
const OFFICE_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:al|ic|ive|ing|ary)$/u;
function officeAdjective(run: Token[], k: number): boolean {
  const before = run[k - 1];
  return (
    !!before &&
    (isTitle(before) || TITLE_MODIFIERS.has(lower(before))) &&
    OFFICE_ADJECTIVE.test(run[k].text) &&
    !has(run[k], [...KNOWN, 'FirstName', 'LastName', 'Demonym', 'Country']) &&
    !DEMONYMS.has(lower(run[k]))
  );
}

export function makeSpan(tokens: Token[], text: string): NameSpan | null {
  if (!tokens.length) return null;
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  let end = last.end;
  const poss = /['’]s?$/.exec(last.text);
  if (poss && last.text.length > poss[0].length) end -= poss[0].length;
  const value = text.slice(first.start, end);
  if (!/\p{L}/u.test(value)) return null;
  return { tokens, start: first.start, end, text: value, sentence: first.sentence };
}

/** Two or more capitalised words that may make a personal name: no place, body, event or plural word. */
function plainNameWords(rest: Token[]): boolean {
  return (
    rest.filter(isCap).length >= 2 &&
    rest.every(
      (t) =>
        !has(t, ['Place', 'Organization', 'Adjective', 'Plural', 'Acronym']) &&
        // ("United States Geological Survey": an adjective by itself, whatever the parse made of it in the name)
        !(
          aloneTags(t.text)?.includes('Adjective') &&
          !givenName(t.text) &&
          !lexiconTags(t.text).includes('LastName')
        ) &&
        !ORG_HEADS.has(lower(t)) &&
        !PLACE_HEADS.has(lower(t)) &&
        !EVENT_HEADS.has(lower(t)) &&
        // ("the Paris Air Show": a show is no person's name)
        !SHOW_HEADS.has(lower(t)) &&
        !CONNECTORS.has(t.normal) &&
        // "Oslo Fire and Rescue": a run joined over "and" names a body, not a person.
        t.normal !== 'and',
    )
  );
}
