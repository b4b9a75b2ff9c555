// Title words that split-run.ts needs beyond the title list itself:
//   plural titles ("Senators", "Vice Presidents", "Deputy Ministers") name a kind of office holder, never one
//   entity, so a run made of them is no name;
//   portfolio words ("Information Minister", "District Judge", "Special Representative"): an ordinary word
//   written before a title that takes a portfolio belongs to the title, not to a name of its own (it was
//   taken for a place or body: "US Special", "U.S. District").
import type { Token } from '../../tokens.js';
import { ORG_HEADS, PLACE_HEADS } from '../lexicon/org-words.js';
import { lexiconTags, plainWord } from '../../lexicon-tags.js';
import { DEMONYMS } from '../lexicon/demonyms.js';
import { isKnownPlace } from '../lexicon/known-places.js';
import { PORTFOLIO_NOUNS, TITLE_MODIFIERS } from '../lexicon/titles.js';
import { CONNECTORS, isCap, isTitle, lower } from './name-tokens.js';

// Plurals of office titles; not "Kings", "Chiefs", "Cardinals", "Generals", "Saints": team names end so.
const PLURAL_TITLES = new Set(
  'presidents ministers senators secretaries governors representatives judges mayors ambassadors commissioners chancellors premiers lawmakers councillors congressmen congresswomen spokesmen spokeswomen spokespersons members advisers advisors'.split(
    ' ',
  ),
);

/** "Ministers", "Presidents", "Secretaries": a plural office title. */
export function pluralTitle(t: Token): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(t.text) && PLURAL_TITLES.has(lower(t));
}

// Offices named with a portfolio, a field or a court before them ("National Security Adviser"); not "CEO",
// "Chairman", "President" or "spokesman", where a word before names the company or country ("Apple CEO").
const PORTFOLIO_OFFICES = new Set(
  'minister ministers secretary secretaries representative representatives judge judges commissioner commissioners attorney attorneys officer adviser advisers advisor advisors'.split(
    ' ',
  ),
);

// "Republican Representative Ann Ray": a party's adjective says whom she works for; it stays a name.
export const AFFILIATIONS = new Set(
  'republican democratic democrat conservative liberal socialist communist'.split(' '),
);

/** Titles made of a body word and an office ("White House Press Secretary"): the body word is the title's. */
const ROLE_COMPOUNDS = new Set(['press secretary']);
const roleCompound = (word: Token, title: Token) => ROLE_COMPOUNDS.has(`${lower(word)} ${lower(title)}`);

/** `word` is an ordinary capitalised word before a portfolio `title` ("Information" Minister), not a body
 * ("Treasury" Secretary, "Police" Commissioner keep their organisation). */
export function portfolioWord(word: Token, title: Token): boolean {
  return (
    PORTFOLIO_OFFICES.has(lower(title)) &&
    isCap(word) &&
    /^\p{Lu}\p{Ll}+$/u.test(word.text) &&
    (plainWord(word.text) || PORTFOLIO_NOUNS.has(lower(word))) &&
    // "the South Korean minister": a demonym says whose minister, as a country would.
    !lexiconTags(word.text).includes('Demonym') &&
    !DEMONYMS.has(lower(word)) &&
    !word.tags.has('Demonym') &&
    (!ORG_HEADS.has(lower(word)) || roleCompound(word, title)) &&
    !AFFILIATIONS.has(lower(word)) &&
    !word.tags.has('Organization') &&
    !word.tags.has('Person') &&
    // "United States Representative": part of a place's name; "U.S. District Judge": a place word of a court.
    !word.tags.has('Country') &&
    (!word.tags.has('Place') || PLACE_HEADS.has(lower(word)))
  );
}

/** "a United States District judge", "the Information minister": how many words at the end of `run` are
 * portfolio words of the lower-case title written right after it (they belong to that title). */
export function portfolioTail(run: Token[], next: Token | undefined): number {
  if (
    !next ||
    !/^\p{Ll}/u.test(next.text) ||
    !PORTFOLIO_OFFICES.has(next.normal) ||
    /\S/.test(run[run.length - 1].post)
  )
    return 0;
  let n = 0;
  while (n < run.length - 1 && portfolioAt(run, run.length - 1 - n, next)) n++;
  return n;
}

/** A word of a portfolio joined to another by "and": a title's modifier, a portfolio noun or an ordinary word;
 * `loose`, also a capitalised word the lexicon does not know and the parse does not take for a person ("Road",
 * "Crime"). The parse's place and body tags are no evidence here: it tags "Social Care" an organisation. */
function pairedPortfolioWord(t: Token, loose: boolean): boolean {
  return (
    /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
    !DEMONYMS.has(lower(t)) &&
    !t.tags.has('Demonym') &&
    !AFFILIATIONS.has(lower(t)) &&
    (TITLE_MODIFIERS.has(lower(t)) ||
      PORTFOLIO_NOUNS.has(lower(t)) ||
      plainWord(t.text) ||
      (loose && lexiconTags(t.text).length === 0 && !t.tags.has('Person') && !ORG_HEADS.has(lower(t))))
  );
}

/** Whose portfolio it is, right before it: "UK", "Bangladeshi", "Kenya's". */
function portfolioOwner(t: Token): boolean {
  return (
    DEMONYMS.has(lower(t)) ||
    t.tags.has('Demonym') ||
    t.tags.has('Acronym') ||
    /['’]s$/.test(t.text) ||
    isKnownPlace(t.text)
  );
}

/** "Road Transport and Bridges Minister", "Health and Social Care Secretary": a portfolio of two parts joined by
 * the "and" at `j` before its title. Gives where the first part starts and where the title stands, or null.
 * Both parts belong to the title, not to a place or body of their own ("UK Health", "Social Care"). Words the
 * lexicon does not know count as a part only between an owner and the "and" ("Lee Park and Health Minister …"
 * keeps its name). */
export function portfolioPair(row: Token[], j: number): { from: number; title: number } | null {
  const and = row[j];
  if (!and || and.text !== 'and' || /\S/.test((row[j - 1]?.post ?? ' ') + and.post)) return null;
  let m = j + 1;
  while (m < row.length && m <= j + 3 && !PORTFOLIO_OFFICES.has(lower(row[m]))) m++;
  const title = row[m];
  // One office: a plural title lists holders of several ("First Family and Senior Advisors Jared Kushner and …").
  if (!title || !isCap(title) || !PORTFOLIO_OFFICES.has(lower(title)) || /s$/.test(title.normal)) return null;
  const second = row.slice(j + 1, m);
  if (!second.length || second.some((t) => /\S/.test(t.post) || !pairedPortfolioWord(t, true))) return null;
  let from = j;
  while (from > 0 && pairedPortfolioWord(row[from - 1], true) && !/\S/.test(row[from - 1].post)) from--;
  if (from === j) return null;
  const owner = row[from - 1];
  const owned = !!owner && !/\S/.test(owner.post) && portfolioOwner(owner);
  const strict = row.slice(from, j).every((t) => pairedPortfolioWord(t, false));
  const opens = !owner || /\S/.test(owner.post) || /^\p{Ll}/u.test(owner.text);
  return owned || (opens && strict) ? { from, title: m } : null;
}

/** `run[k]` is a portfolio word of `title`, and no complement of "of" or the end of a hyphened name
 * ("Department of State officer", "Sea-Eye officer" keep their bodies whole). */
export function portfolioAt(run: Token[], k: number, title: Token): boolean {
  const prev = run[k - 1];
  // "White House Press Secretary": the compound's body word is the whole portfolio; what stands before it is
  // the body the office belongs to.
  const after = run[k + 1];
  if (after && after !== title && roleCompound(after, title)) return false;
  if (prev && (CONNECTORS.has(prev.normal) || prev.post === '-')) return false;
  if (!portfolioWord(run[k], title)) return false;
  // A portfolio noun the lexicon lacks belongs to the title only when all before it does ("Home Affairs
  // Minister"), or only whose portfolio it is stands before it ("US Commerce Secretary"); "East African
  // Affairs minister" names the ministry, a body.
  return (
    plainWord(run[k].text) ||
    run
      .slice(0, k)
      .every(
        (t, n) =>
          isTitle(t) || TITLE_MODIFIERS.has(lower(t)) || portfolioWord(t, title) || (n === 0 && portfolioOwner(t)),
      )
  );
}

/** "Mayor of Koszalin Piotr Jedlinski": at `at`, a capitalised word the lexicon does not know (a place or
 * body's name, as a title's "of" complement is), then two name words (`name`) that end the run. */
export function unknownThenName(row: Token[], at: number, name: (k: number) => boolean): boolean {
  const [word, first, last, after] = [row[at], row[at + 1], row[at + 2], row[at + 3]];
  return (
    !!word &&
    !!first &&
    !!last &&
    isCap(word) &&
    lexiconTags(word.normal).length === 0 &&
    [first, last].every((t) => !/\S/.test(t.pre) && isCap(t)) &&
    name(at + 1) &&
    name(at + 2) &&
    !(after && isCap(after) && !/\S/.test(after.pre))
  );
}
