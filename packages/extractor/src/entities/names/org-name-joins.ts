// Longer organisation names that name-spans.ts would cut at a small word:
//   "Union of Rationalist Atheists and Agnostics", "Ministry of Trade and Industry": "and" + one last word in
//   the complement of an organisation word;
//   "Tate Museum and Art Gallery": "and" between two organisation words;
//   "Joint Council for the Welfare of Immigrants": a second "of" inside the complement of an organisation word;
//   "of The Globe and Mail": "and" in a name opened by a capital "The" inside a sentence;
//   "National Oceanic and Atmospheric Administration": "and" inside the words before an organisation word, or
//   before a place word with an "of" complement ("Rock and Roll Hall of Fame");
//   "Co-operative Commonwealth Federation", "Anti-corruption Commission": a capitalised word hyphened to a
//   lower-case one opens an organisation's name (hyphenOpener);
//   "Rogaland Fire and Rescue", "Search and Rescue": two emergency-service words joined by "and"; so are two
//   things a utility sells, "Pacific Gas and Electric";
//   "Port Authority of New York and New Jersey": two places joined by "and" in an organisation's complement;
//   "Cinema for Peace Foundation": "for" inside a name an organisation word ends;
//   "House Oversight and Reform Committee": a chamber's committee named by two subjects joined by "and";
//   "Nevada Test and Training Range": a place, then two ordinary words joined by "and" before a head
//   (place-and-names.ts); "CHIPS and Science Act": a law's two subjects before its head (law-and-names.ts);
//   "Warner Bros. Discovery": the period of "Bros." inside a firm's name (brothersJoin);
//   "International Association of Machinists and Aerospace Workers District 751": a union's branch and number
//   after its members' list.
import type { Token } from '../../tokens.js';
import {
  EVENT_HEADS,
  LEGAL_FORMS,
  ORG_HEADS,
  PLACE_HEADS,
  UNION_BRANCHES,
  UTILITY_WORDS,
} from '../lexicon/org-words.js';
import { PORTFOLIO_NOUNS, TITLES } from '../lexicon/titles.js';
import { KNOWN, has, lower, quiet } from './name-tokens.js';
import { lexiconTags } from '../../lexicon-tags.js';
import { aloneTags } from '../../common-word.js';
import { NOUN_SUFFIX } from './common-nouns.js';
import { placeAndJoin } from './place-and-names.js';
import { lawAndJoin } from './law-and-names.js';
import { countryWord } from './party-chamber.js';
import { isKnownPlace } from '../lexicon/known-places.js';

const OF = new Set(['of', 'for', 'on']);

const CHAMBERS = new Set(['house', 'senate']);
const COMMITTEES = new Set(['committee', 'subcommittee']);
// Heads that two coordinated modifiers commonly share: "Labor and Liberal Party", "Democratic and Republican Party".
const COORDINATED_HEADS = new Set(['party', 'parties', 'league', 'team', 'club', 'church']);
// The words of emergency services' names, which pair with "and" ("Fire and Rescue", "Fire and Emergency").
const SERVICE_WORDS = new Set(['fire', 'rescue', 'emergency', 'ambulance', 'search']);
// "Democratic", "Liberal", "Green": words that may qualify a shared head on their own.
const ADJECTIVE_LIKE = /\p{Ll}(?:ic|al|an|ive|ist|ish|ese|ary|ory|ous|ent|ant|ed)$/u;

/** "Peace and Freedom Party", "Law and Justice Party" (a noun by its suffix, though the lexicon tags "justice"
 * an adjective): two plain nouns joined by "and" right before a head
 * that two coordinated adjectives would share ("the Democratic and Republican Party primaries") name one body. */
function nounPair(run: Token[], second: Token, headAt: number): boolean {
  const noun = (t: Token) =>
    NOUN_SUFFIX.test(t.text) || (!ADJECTIVE_LIKE.test(t.text) && !lexiconTags(t.text).includes('Adjective'));
  return run.length === 1 && headAt === 2 && noun(run[0]) && noun(second);
}

/** The word at `k` starts another name: more name words or an "of"/"for" complement follow, or it is an
 * organisation word ("… of Washington and Center for Ecosystem Sentinels"). */
function opensAnother(row: Token[], k: number, nameAt: (k: number) => boolean): boolean {
  const next = row[k + 1];
  return ORG_HEADS.has(lower(row[k])) || (quiet(row[k], next) && (nameAt(k + 1) || OF.has(next.normal)));
}

/** A capitalised word that is no known name, organisation word or title ("Cinema", not "Google", "Museum"). */
const plainNameWord = (t: Token) =>
  /^\p{Lu}\p{Ll}+$/u.test(t.text) && !has(t, KNOWN) && !ORG_HEADS.has(lower(t)) && !TITLES.has(lower(t));

/** A known name even taken alone: the parse tags "Health Care" after "and" an organisation in context, but
 * neither word is a name by itself ("Ministry of Public Health and Health Care"). */
const knownAlone = (t: Token) => has(t, KNOWN) && (aloneTags(t.normal) ?? []).some((x) => KNOWN.includes(x));

/** The complement after "of" at `ofAt` is one place of one or two words ("of New York", "of Iraq"). */
function placeComplement(run: Token[], ofAt: number): boolean {
  const rest = run.slice(ofAt + 1).filter((t) => t.normal !== 'the');
  return rest.length >= 1 && rest.length <= 2 && rest.every((t) => t.tags.has('Place'));
}

/** How many tokens from `k` name one place of one or two words ("New Jersey", "Syria"); 0 if none. */
function placeAfter(row: Token[], k: number): number {
  if (!row[k]?.tags.has('Place')) return 0;
  return quiet(row[k], row[k + 1]) && row[k + 1].tags.has('Place') && /^\p{Lu}/u.test(row[k + 1].text) ? 2 : 1;
}

/** "Association of Machinists and Aerospace Workers": two plurals of no place or body, one list of members, whatever
 * words stand before the second. */
const members = (prev: Token, last: Token) =>
  /\p{Ll}s$/u.test(prev.text) &&
  /\p{Ll}s$/u.test(last.text) &&
  !has(prev, ['Place']) &&
  !isKnownPlace(prev.text) &&
  !ORG_HEADS.has(lower(last));

/** "… Aerospace Workers District 751", "… Local 32BJ": a union's branch and its number after its members' list;
 * how many tokens from `k` it takes (0 if none). */
function branchAfter(row: Token[], k: number): number {
  const [word, number] = [row[k], row[k + 1]];
  return word &&
    number &&
    quiet(row[k - 1], word) &&
    quiet(word, number) &&
    UNION_BRANCHES.has(word.normal) &&
    /^\p{Lu}/u.test(word.text) &&
    /^\d/.test(number.text)
    ? 2
    : 0;
}

/** How many tokens from `j` (a small word after `run`) continue the organisation's name; 0 if none. */
export function orgJoin(run: Token[], row: Token[], j: number, nameAt: (k: number) => boolean): number {
  const n = joinLength(run, row, j, nameAt);
  // ("Novartis' Fabhalta and Calliditas Therapeutics' Tarpeyo": after an owner's name, a last word that owns the
  // name after it ends a second owner's name; the two are no one name.)
  const owner = row[run[0].pos - 1];
  const parallel = !!owner && owns(owner) && owns(row[j + n - 1]) && /^\p{Lu}/u.test(row[j + n]?.text ?? '');
  return n && row[j].normal === 'and' && parallel ? 0 : n;
}

/** The token ends in a possessive: "Novartis'", "Acme's" (the parse may leave the mark after the word). */
const owns = (t: Token) => /['’]s?$/.test(t.text) || /^['’]/.test(t.post);

function joinLength(run: Token[], row: Token[], j: number, nameAt: (k: number) => boolean): number {
  const t = row[j];
  const prev = run[run.length - 1];
  if (!quiet(prev, t)) return 0;
  const ofAt = run.findIndex((x) => OF.has(x.normal));
  const orgComplement =
    ofAt > 0 && ORG_HEADS.has(lower(run[ofAt - 1])) && run.filter((x) => OF.has(x.normal)).length === 1;
  if (t.normal === 'and' && quiet(t, row[j + 1]) && nameAt(j + 1)) {
    if (SERVICE_WORDS.has(lower(prev)) && SERVICE_WORDS.has(lower(row[j + 1])) && lower(prev) !== lower(row[j + 1]))
      return 2;
    // "Pacific Gas and Electric", "Kansas Power and Light": two things a utility sells, after a name's first word.
    const sold = (x: Token) => UTILITY_WORDS.has(lower(x)) && /^\p{Lu}/u.test(x.text);
    if (run.length >= 2 && sold(prev) && sold(row[j + 1]) && lower(prev) !== lower(row[j + 1])) return 2;
    // One last word of the complement: "… Atheists and Agnostics", not "… Defence and Foreign Office" nor
    // "University of Texas and Google".
    if (orgComplement && !has(row[j + 1], KNOWN) && !opensAnother(row, j + 1, nameAt)) return 2;
    // Two or three last words: "Institute of Allergy and Infectious Diseases", "Center for Volcanology and
    // Geological Hazard Mitigation", when nothing follows them.
    // (Not three after a place: "University of Miami and Apex Shark Expeditions" are two bodies.)
    const afterPlace =
      placeComplement(run, ofAt) ||
      isKnownPlace(
        run
          .slice(ofAt + 1)
          .map((x) => x.text)
          .join(' '),
      );
    for (const n of orgComplement ? (afterPlace ? [2] : [2, 3]) : []) {
      const words = row.slice(j + 1, j + 1 + n);
      const last = words[words.length - 1];
      const branch = branchAfter(row, j + n + 1);
      if (
        branch &&
        words.length === n &&
        members(prev, last) &&
        words.every((x, k) => k === 0 || (quiet(words[k - 1], x) && nameAt(j + 1 + k)))
      )
        return n + 1 + branch;
      if (
        words.length === n &&
        words.every((x, k) => k === 0 || (quiet(words[k - 1], x) && nameAt(j + 1 + k))) &&
        // "Department of Health and Human Services": a portfolio's word ("Services") is no second body here.
        words.every(
          (x) =>
            !knownAlone(x) &&
            !TITLES.has(lower(x)) &&
            (!ORG_HEADS.has(lower(x)) || PORTFOLIO_NOUNS.has(lower(x)) || members(prev, last)) &&
            !/^\p{Lu}{2,}$/u.test(x.text),
        ) &&
        !(quiet(last, row[j + n + 1]) && (nameAt(j + n + 1) || OF.has(row[j + n + 1].normal)))
      )
        return n + 1;
    }
    // "Port Authority of New York and New Jersey": the body of two places; not when the second place is
    // followed by more of a name or owns something ("… of Texas and Mexico's army").
    if (orgComplement && placeComplement(run, ofAt)) {
      const n = placeAfter(row, j + 1);
      if (n && !(quiet(row[j + n], row[j + n + 1]) && (nameAt(j + n + 1) || OF.has(row[j + n + 1].normal))))
        return n + 1;
    }
    // A capital "The" inside a sentence opens a name: "… of The Globe and Mail".
    const before = row[run[0].pos - 1];
    if (
      before?.text === 'The' &&
      run[0].pos >= 2 &&
      /^\p{Ll}/u.test(row[run[0].pos - 2].text) &&
      !opensAnother(row, j + 1, nameAt)
    )
      return 2;
    // Two organisation words joined: "Museum and Art Gallery".
    if (ORG_HEADS.has(lower(prev)) && ofAt < 0) {
      let m = j + 1;
      while (m + 1 < row.length && m < j + 3 && quiet(row[m], row[m + 1]) && nameAt(m + 1)) m++;
      // Not a second organisation of the same kind ("… District Hospital and Leulumoega District Hospital"),
      // nor after or before a legal form, which ends a company's name ("Acme Corp and Beta Ltd" are two).
      const head = lower(row[m]);
      const legal = LEGAL_FORMS.has(lower(prev)) || LEGAL_FORMS.has(head);
      if (ORG_HEADS.has(head) && head !== lower(prev) && m - j <= 2 && !legal) return m - j + 1;
    }
    // "National Oceanic and Atmospheric Administration", "Food and Drug Administration": the words before
    // "and" name nothing on their own (no organisation word, no known name), the words after it end in one.
    // Not a party ("the Democratic and Republican Party's primaries" are two parties' primaries).
    // The organisation word ends the name; a name in capitals before "and" is an acronym of its own ("MSNBC
    // and CBS Radio").
    // ("U.S. Food and Drug Administration": a country's name or short form opening the run qualifies the whole;
    // the parse then tags the words after it an organisation in context, so only a word known alone counts.)
    const country = countryWord(run[0]);
    const words = country ? run.slice(1) : run;
    const known = (x: Token) => (country ? knownAlone(x) : has(x, KNOWN));
    const plain =
      words.length > 0 && !words.some((x) => ORG_HEADS.has(lower(x)) || known(x) || /^\p{Lu}{2,}$/u.test(x.text));
    if (ofAt < 0 && words.length <= 3 && plain) {
      for (let m = j + 1; m <= j + 3 && nameAt(m); m++) {
        const more = quiet(row[m], row[m + 1]);
        if (ORG_HEADS.has(lower(row[m])) && !(more && nameAt(m + 1)))
          return (COORDINATED_HEADS.has(lower(row[m])) && !nounPair(run, row[j + 1], m - j)) ||
            row[m].tags.has('Plural')
            ? 0
            : m - j + 1;
        // "… Hall of Fame": a place word whose "of" complement makes it a body's name; the complement joins next.
        if (PLACE_HEADS.has(lower(row[m])) && more && row[m + 1].normal === 'of' && m > j + 1) return m - j + 1;
        // "the World Rapid and Blitz Championships": an event word ends it so, plural or not (not after a
        // people's word: "the European and World Championships" are two).
        const qualified = run.some((x) => x.tags.has('Demonym'));
        if (EVENT_HEADS.has(lower(row[m])) && !(more && nameAt(m + 1)) && m > j + 1 && !qualified) return m - j + 1;
        if (!more) break;
      }
    }
    // "House Oversight and Reform Committee", "Senate Commerce and Transport Committee": a chamber's committee
    // named by two subjects joined by "and".
    // (The parse tags such subjects from their context, "Oversight" a place: only a word known alone counts.)
    const subject = (x: Token) => /^\p{Lu}\p{Ll}+$/u.test(x.text) && !knownAlone(x) && !ORG_HEADS.has(lower(x));
    if (CHAMBERS.has(lower(run[0])) && run.length >= 2 && run.length <= 3 && run.slice(1).every(subject)) {
      for (let m = j + 1; m <= j + 3 && nameAt(m); m++) {
        const more = quiet(row[m], row[m + 1]) && nameAt(m + 1);
        if (COMMITTEES.has(lower(row[m])) && !more) return m - j + 1;
        if (!more) break;
      }
    }
    // "Nevada Test and Training Range": a place before the coordinated words (place-and-names.ts); "CHIPS and
    // Science Act": a law's two subjects (law-and-names.ts).
    return placeAndJoin(run, row, j, nameAt) || lawAndJoin(run, row, j, nameAt);
  }
  // "Cinema for Peace Foundation": a short run of plain words, "for", then words that an organisation word ends.
  if (t.normal === 'for' && ofAt < 0 && run.length <= 2 && run.every((x) => plainNameWord(x))) {
    for (let m = j + 1; m <= j + 3 && quiet(row[m - 1], row[m]) && nameAt(m); m++)
      if (!(quiet(row[m], row[m + 1]) && nameAt(m + 1)))
        return m > j + 1 && ORG_HEADS.has(lower(row[m])) && !row[m + 1]?.text.startsWith('’') ? m - j + 1 : 0;
  }
  // A second "of": "Council for the Welfare of Immigrants"; or a "for" after the complement: "Court of
  // Arbitration for Sport" (not for a person: "the Bank of Ireland for Ann Cole").
  const second = t.normal === 'of' || (t.normal === 'for' && run[ofAt]?.normal === 'of');
  if (second && orgComplement && !has(prev, ['Place', 'Person']) && quiet(t, row[j + 1])) {
    const k = row[j + 1]?.normal === 'the' ? j + 2 : j + 1;
    if (row[k] && quiet(row[k - 1], row[k]) && nameAt(k) && (t.normal === 'of' || !has(row[k], ['Person'])))
      return k - j + 1;
  }
  return 0;
}

/** The tokens at `i` and `i + 1` are a short capitalised prefix hyphened to a lower-case word ("Co-operative",
 * "Anti-corruption") opening a name of at most four more words that ends in an organisation word; not a role
 * ("Co-founder John Smith"). */
/** "Warner Bros. Discovery", "Warner Bros. Pictures": the abbreviation of "Brothers" and its period inside a
 * firm's name, before a capitalised word of it (`a` the abbreviation, `b` the word after it). */
export const brothersJoin = (a: Token, b: Token | undefined) =>
  a.text === 'Bros' && /^\.\s$/.test(a.post) && !!b && !b.pre && /^\p{Lu}\p{Ll}/u.test(b.text);

export function hyphenOpener(row: Token[], i: number, nameAt: (k: number) => boolean): boolean {
  const [a, b] = [row[i], row[i + 1]];
  if (!b || !/^\p{Lu}\p{Ll}*$/u.test(a.text) || a.post !== '-' || b.pre || !/^\p{Ll}{3,}$/u.test(b.text)) return false;
  // A prefix, not a name: "Kurdish-led", "Virginia-based" describe the body after them.
  if (a.text.length > 5 || has(a, ['Place', 'Demonym']) || /ed$/.test(b.normal)) return false;
  if (b.tags.has('Actor') || b.tags.has('Verb') || TITLES.has(b.normal)) return false;
  for (let k = i + 2; k <= i + 5 && quiet(row[k - 1], row[k]) && nameAt(k); k++)
    if (!(quiet(row[k], row[k + 1]) && nameAt(k + 1))) return ORG_HEADS.has(lower(row[k]));
  return false;
}
