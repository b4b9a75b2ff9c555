// Proper-name spans: runs of capitalised name tokens (with "of"/"for"/"&" inside names), titles split off,
// possessives and punctuation left out, boilerplate lines and sentence-initial common words skipped.
import type { Token } from '../tokens.js';
import { BOILERPLATE_LINES } from './lexicon/boilerplate.js';
import { DEMONYMS, GROUP_NOUNS, STATE_NOUNS } from './lexicon/demonyms.js';
import { TITLES, TITLE_MODIFIERS } from './lexicon/titles.js';
import { ORG_HEADS, PLACE_HEADS } from './lexicon/org-words.js';
import { COUNTRY_NAMES } from './lexicon/countries.js';

export interface NameSpan {
  tokens: Token[];
  start: number;
  end: number;
  text: string;
  sentence: number;
  /** The title written before the name ("President"), if any. */
  title?: string;
  /** Set for "Chinese government"-style spans: the country the demonym names. */
  demonymOf?: string;
  /** Set for a bare title ("the President"): resolved later to the person who holds it. */
  titleOnly?: boolean;
  /** A role noun stands right before the name ("leader Xi Jinping", "attorney, Kendrick Moxon"). */
  roleBefore?: boolean;
  /** A version number follows the name ("Internet Explorer 9"): a product. */
  versioned?: boolean;
}

const STRONG = ['Person', 'Place', 'Organization', 'Acronym'];
const KNOWN = ['Person', 'Place', 'Organization'];
const NOT_NAME = ['Pronoun', 'Determiner', 'Conjunction', 'Preposition', 'QuestionWord', 'Value', 'Adverb', 'Gerund', 'Modal', 'Copula'];
// Closed-class words: capitalised in headings or after a line break, never names.
export const FUNCTION_WORDS = new Set(
  'although though because unless whether when where why how what which who whom whose also just only even still however yet a an the in on at of for to from by with as and or but nor so yet if then than that this these those after before during since until while into onto over under about against between among through without within is are was were be been has have had do does did will would can could may might must shall should not no yes'.split(' '),
);
/** Time zones and similar capitalised abbreviations that are never actors. */
const NOT_ENTITIES = new Set(['utc', 'gmt', 'est', 'edt', 'cst', 'cdt', 'pst', 'pdt', 'cet', 'cest', 'bst', 'jst', 'aest', 'am', 'pm', 'a.m.', 'p.m.']);
const OF_HEADS = new Set('municipality statue house museum prefecture duchy emirate sultanate'.split(' '));
const CREDIT = new Set(['image', 'photo', 'photograph', 'picture', 'credit', 'credits', 'source', 'video', 'file']);
const CALENDAR = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);
// "Saturday Night", "Last Year": spans made only of time words are dates, not names ("New Year" is kept).
const TIME_WORDS = new Set(
  'year years night nights morning mornings evening evenings afternoon afternoons day days week weeks weekend month months century decade season spring summer autumn winter today tonight tomorrow yesterday last next this past coming previous early late mid'.split(' '),
);
const CONNECTORS = new Set(['of', 'for', '&', 'de', 'del', 'der', 'van', 'von', 'la', 'le', 'du', 'bin', 'al']);
const OPENERS = /[“"‘'(\[:—–]\s*$|\s-\s*$/;

const isCap = (t: Token) => /^\p{Lu}/u.test(t.text);
const has = (t: Token, tags: string[]) => tags.some((x) => t.tags.has(x));
const lower = (t: Token) => t.text.toLowerCase().replace(/['’]s$/, '');

function clauseInitial(t: Token, prev: Token | undefined): boolean {
  if (!prev) return true;
  // "[...] Ozone is": a token of bare punctuation (an elision, a dash) starts a new clause.
  if (/^[^\p{L}\p{N}&]+$/u.test(prev.text)) return true;
  return OPENERS.test(prev.post + t.pre) || /[.!?…]["”’]?\s*$/.test(prev.post) || /\n/.test(prev.post);
}

/** `midWords`: lower-case words seen capitalised inside sentences, where capitals are informative. */
export function isNameToken(t: Token, prev: Token | undefined, midWords?: Set<string>): boolean {
  if (!isCap(t) || t.text.length > 40 || FUNCTION_WORDS.has(t.normal) || NOT_ENTITIES.has(t.normal) || /[$€£¥]/.test(t.text)) return false;
  if (t.tags.has('Pronoun') || CALENDAR.has(t.normal) || has(t, ['Month', 'WeekDay'])) return false;
  if (has(t, NOT_NAME) && !has(t, KNOWN)) return false;
  if (t.tags.has('Verb') && !t.tags.has('ProperNoun')) return false;
  if (clauseInitial(t, prev) && !has(t, STRONG) && !(midWords && midWords.has(lower(t))) && !COUNTRY_NAMES.has(lower(t))) return false;
  return true;
}

/** Capitalised words met away from a clause start: evidence that a word is a name wherever it appears. */
export function midSentenceWords(bySentence: Token[][]): Set<string> {
  const out = new Set<string>();
  for (const row of bySentence)
    for (let k = 1; k < row.length; k++) if (isNameToken(row[k], row[k - 1]) && !clauseInitial(row[k], row[k - 1])) out.add(lower(row[k]));
  return out;
}

function isTitle(t: Token): boolean {
  return TITLES.has(lower(t)) && !t.tags.has('FirstName') && !t.tags.has('LastName');
}

/** A run ends after a token followed by punctuation (comma, quote, bracket, hyphen) or a possessive. */
function endsRun(t: Token): boolean {
  // Only the written possessive ends a name: compromise tags every word of "New Zealand's" Possessive.
  if (/['’]s$/.test(t.text) || /\n/.test(t.post)) return true;
  // "L. Ron Hubbard": a full stop after a single capital is an initial, not a sentence end.
  const post = /^\p{Lu}$/u.test(t.text) ? t.post.replace(/^\./, '') : t.post;
  return /\S/.test(post);
}

export function findNameSpans(bySentence: Token[][], text: string): NameSpan[] {
  const spans: NameSpan[] = [];
  const mid = midSentenceWords(bySentence);
  for (const row of bySentence) {
    if (isBoilerplate(row)) continue;
    // Photo credits ("Image: Nick Moreau.") name the photographer, not an actor of the story.
    const credit = row.findIndex((t) => CREDIT.has(t.normal) && /^\s*:/.test(t.post));
    const stop = credit >= 0 ? credit : row.length;
    let i = 0;
    while (i < stop) {
      // "Business Insider reported…": a plain capitalised noun opening a clause, followed by a name word.
      const opensName =
        isCap(row[i]) && !/ing$/.test(row[i].normal) && !FUNCTION_WORDS.has(row[i].normal) && !NOT_ENTITIES.has(row[i].normal) && [...row[i].tags].every((x) => x === 'Noun' || x === 'ProperNoun' || x === 'Singular') &&
        !!row[i + 1] && !endsRun(row[i]) && !/\S/.test(row[i + 1].pre) && isNameToken(row[i + 1], undefined, mid) && !clauseInitial(row[i + 1], row[i]);
      // Admitted only as the opener of a following name: it may not stand as a name by itself.
      const weakOpener = !isNameToken(row[i], row[i - 1], mid);
      if (!opensName && weakOpener) {
        i++;
        continue;
      }
      const run: Token[] = [row[i]];
      let j = i + 1;
      // "Counter-Strike", "Rolls-Royce": a hyphen between two capitalised words keeps the name going.
      const hyphened = (a: Token, b: Token | undefined) => a.post === '-' && !!b && isCap(b) && !b.pre;
      // "People's Party", "Children's Hospital": a possessive inside an organisation's name.
      const possessiveOrg = (a: Token, b: Token | undefined) =>
        /['’]s$/.test(a.text) && !/\S/.test(a.post) && !!b && isCap(b) && (ORG_HEADS.has(lower(b)) || PLACE_HEADS.has(lower(b)));
      while (j < stop && (!endsRun(run[run.length - 1]) || hyphened(run[run.length - 1], row[j]) || possessiveOrg(run[run.length - 1], row[j])) && !/\S/.test(row[j].pre)) {
        const t = row[j];
        if (isNameToken(t, row[j - 1], mid)) {
          run.push(t);
          j++;
          continue;
        }
        // "Department of Homeland Security", "Bank of the West": a connector between two name parts.
        const k = CONNECTORS.has(t.normal) && row[j + 1]?.normal === 'the' ? j + 2 : j + 1;
        // Only after a word that heads such names ("Bank of …", "University of …", "Republic of …").
        const headed = ORG_HEADS.has(lower(run[run.length - 1])) || PLACE_HEADS.has(lower(run[run.length - 1])) || OF_HEADS.has(lower(run[run.length - 1]));
        if (headed && !run.some((x) => CONNECTORS.has(x.normal)) && CONNECTORS.has(t.normal) && !/[A-Z]/.test(t.text) && row[k] && isNameToken(row[k], row[k - 1], mid) && !has(run[run.length - 1], ['Person', 'Country', 'City', 'Region'])) {
          run.push(...row.slice(j, k + 1));
          j = k + 1;
          continue;
        }
        break;
      }
      for (const span of splitRun(run, row[j], text)) {
        const b = span.tokens[0].pos > 0 ? row[span.tokens[0].pos - 1] : undefined;
        span.roleBefore = !!b && !/^\p{Lu}/u.test(b.text) && b.tags.has('Actor') && !b.tags.has('Pronoun');
        span.versioned = /^\d{1,3}$/.test(row[j]?.text ?? '') && !has(span.tokens[0], ['Place']) && span.tokens[span.tokens.length - 1] === run[run.length - 1] && !/\S/.test(run[run.length - 1].post);
        // "Nonpartisan Paul Tse": a clause-initial word split off the name it opened is an ordinary word.
        if (weakOpener && span.tokens.length === 1 && span.tokens[0] === row[i]) continue;
        if (span.tokens.every((t) => TIME_WORDS.has(lower(t)) || CALENDAR.has(t.normal) || has(t, ['Month', 'WeekDay']))) continue;
        // Plural acronyms ("MPs", "CEOs") name a kind of person, not one entity.
        if (span.tokens.length === 1 && /^[A-Z]{2,}s$/.test(span.text)) continue;
        // A lone capitalised plural whose singular is also used ("Polaroids" … "a Polaroid") is a common noun.
        if (span.tokens.length === 1 && /[a-rt-z]s$/.test(span.text) && !/(us|is|ss)$/.test(span.text) && mid.has(lower(span.tokens[0]).slice(0, -1)) && !has(span.tokens[0], KNOWN) && !span.tokens[0].tags.has('Demonym') && !GROUP_NOUNS.has(lower(span.tokens[0]).replace(/s$/, ''))) continue;
        spans.push(span);
      }
      i = j;
    }
  }
  return spans;
}

/** Splits titles off a run: "U.S. President Donald Trump" → "U.S." + "Donald Trump" (title President). */
function splitRun(run: Token[], next: Token | undefined, text: string): NameSpan[] {
  const out: NameSpan[] = [];
  const orgLike = ORG_HEADS.has(lower(run[run.length - 1]));
  let lastTitle = -1;
  if (!orgLike) run.forEach((t, k) => {
    if (isTitle(t)) lastTitle = k;
  });
  if (lastTitle < 0) {
    // "United States Hamdullah Mohib", "Scientologist Tom Cruise": a first name after words that are not
    // part of a personal name starts the person's name.
    const k = run.findIndex((t, n) => n > 0 && t.tags.has('FirstName') && !has(t, ['Place', 'Organization']) && !has(run[n - 1], ['FirstName', 'LastName', 'Person']) && !CONNECTORS.has(run[n - 1].normal) && !/^\p{Lu}\.?$/u.test(run[n - 1].text));
    if (k > 0) return [...splitRun(run.slice(0, k), undefined, text), ...splitRun(run.slice(k), next, text)];
    // "United States Hamdullah Mohib": a known place, then two or more plain name words.
    let p = 0;
    while (p < run.length && has(run[p], ['Place'])) p++;
    const rest = run.slice(p);
    if (p > 0 && rest.length >= 2 && rest.every((t) => !has(t, ['Place', 'Organization', 'Adjective', 'Plural', 'Acronym']) && !ORG_HEADS.has(lower(t)) && !PLACE_HEADS.has(lower(t)) && !CONNECTORS.has(t.normal)))
      return [...splitRun(run.slice(0, p), undefined, text), ...splitRun(rest, next, text)];
    const span = makeSpan(run, text);
    if (span && run.length === 1 && (DEMONYMS.has(lower(run[0])) || GROUP_NOUNS.has(lower(run[0])) || run[0].tags.has('Demonym')) && !/s$/.test(run[0].text)) {
      // A bare demonym is an adjective ("Afghan team"), unless it names the state ("Chinese government").
      if (next && STATE_NOUNS.has(next.normal)) {
        const full = makeSpan([run[0], next], text);
        if (full) out.push({ ...full, demonymOf: DEMONYMS.get(lower(run[0])) });
      }
      return out;
    }
    if (span) out.push(span);
    return out;
  }
  let titleStart = lastTitle;
  while (titleStart > 0 && (isTitle(run[titleStart - 1]) || TITLE_MODIFIERS.has(lower(run[titleStart - 1])))) titleStart--;
  const left = run.slice(0, titleStart);
  let right = run.slice(lastTitle + 1);
  // "Secretary of State": the words after a title's connector belong to the title.
  if (right.length && CONNECTORS.has(right[0].normal)) {
    lastTitle = run.length - 1;
    right = [];
  }
  const title = run.slice(titleStart, lastTitle + 1).map((t) => t.text).join(' ');
  if (left.length && !(left.length === 1 && DEMONYMS.has(lower(left[0])))) {
    const span = makeSpan(left, text);
    if (span) out.push(span);
  }
  const person = makeSpan(right, text);
  if (person) out.push({ ...person, title });
  else {
    const bare = makeSpan(run.slice(titleStart, lastTitle + 1), text);
    if (bare) out.push({ ...bare, title, titleOnly: true });
  }
  return out;
}

function makeSpan(tokens: Token[], text: string): NameSpan | null {
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

function isBoilerplate(row: Token[]): boolean {
  if (row.length > 8) return false;
  const line = row.map((t) => t.normal).join(' ').replace(/[^\p{L}\s-]/gu, '').trim();
  return BOILERPLATE_LINES.has(line);
}
