// Titles of works and names of made things, found by their shape before name runs are built:
// a quoted title-case phrase ("The Great Escape Countdown"), a title after a work noun or naming verb ("the book
// Blown for Good", "a device called the E-meter", "the cruise ship, Aurora"), a bracketed expansion with small
// words inside ("(Society for Science and Technology)"), and a title before a broadcast noun ("the Bergen in
// Focus programme"). Each range becomes one name span; quoted and cued ones are marked as works (typed Product
// by type-rules.ts).
import type { Token } from '../../tokens.js';
import { ORG_HEADS, PLACE_HEADS } from '../lexicon/org-words.js';
import { FUNCTION_WORDS } from './name-tokens.js';
import { initials } from './name-key.js';
import { NAMING_VERBS, TITLE_SMALL_WORDS, WORK_NOUNS } from '../lexicon/work-words.js';
import { verbLedName } from './verb-led-names.js';
import { ARTICLES } from '../lexicon/pronouns.js';

export interface TitleRange {
  from: number;
  to: number;
  /** A title of a work (quoted or after a work noun); false for a bracketed expansion of a name. */
  work: boolean;
}

const cap = (t: Token) => /^[\p{Lu}\p{N}]/u.test(t.text);
const small = (t: Token) => TITLE_SMALL_WORDS.has(t.normal) && /^\p{Ll}/u.test(t.text);
// After a work noun the title takes no preposition of place: "the ship Aurora in Lisbon" ends at "Aurora".
const CUED_SMALL = new Set(['of', 'for', 'and', 'the', 'a', '&']);
const cuedSmall = (t: Token) => small(t) && CUED_SMALL.has(t.normal);
const HEADS = new Set([...ORG_HEADS, ...PLACE_HEADS]);
const OF = new Set(['of', 'for']);
const known = (t: Token) => ['Person', 'Place', 'Organization'].some((x) => t.tags.has(x));
// A short quoted name opening with a first name ("Doris Day"), or made only of known names; a subtitle after a
// colon still makes a title ("Frida Kahlo: Colour and Pain").
const personal = (words: Token[]) =>
  !words.some((t) => /^:/.test(t.post)) &&
  ((words[0].tags.has('FirstName') && words.length <= 3) || words.every(known));
const OPEN_QUOTE = /["“‘]$/;
const CLOSE_QUOTE = /^[,.!?;:]?["”’]/;
// Punctuation that ends a title inside a sentence (a colon may sit inside one: "Batman: Arkham").
const BREAK = /[,.;!?()"“”‘’]|\s[-–—]\s/;

/** Title ranges of one sentence's tokens, in order, not overlapping. */
export function findTitleRanges(row: Token[]): TitleRange[] {
  const out: TitleRange[] = [];
  for (let k = 0; k < row.length; k++) {
    const r =
      quoted(row, k) ?? bracketed(row, k) ?? colon(row, k) ?? cued(row, k) ?? beforeShow(row, k) ?? verbLedName(row, k);
    if (!r) continue;
    out.push(r);
    k = r.to;
    // "his albums Off the Wall, Thriller and Bad": a plural work noun's list goes on, one title per item, to the
    // item "and" opens.
    for (let more = r.work && pluralCue(row, r.from); more;) {
      const item = listedTitle(row, k);
      if (!item) break;
      out.push(item.range);
      k = item.range.to;
      more = !item.last;
    }
  }
  return out;
}

/** The title at `from` follows a plural work noun ("albums", "the films", "films including"). */
function pluralCue(row: Token[], from: number): boolean {
  let b = from - 1;
  if (row[b]?.normal === 'the') b--;
  if (row[b]?.normal === 'including') b--;
  return pluralWorkNoun(row[b]);
}

/** A small word inside a listed title; "and" and "or" part the items. */
const listSmall = (t: Token) => cuedSmall(t) && t.normal !== 'and' && t.normal !== 'or';

/** The next title of a list after the title ending at `end`: ", Thriller", "and Bad", ", and Bad" (`last`: the
 * item "and" or "or" opened). */
function listedTitle(row: Token[], end: number): { range: TitleRange; last: boolean } | undefined {
  const comma = /^,\s*$/.test(row[end].post);
  if (!comma && /\S/.test(row[end].post)) return undefined;
  let k = end + 1;
  const last = ['and', 'or'].includes(row[k]?.normal ?? '');
  if (last) k++;
  else if (!comma) return undefined;
  if (!row[k] || !cap(row[k]) || ['Person', 'Place'].some((x) => row[k].tags.has(x))) return undefined;
  let e = k;
  while (
    e + 1 < row.length &&
    !BREAK.test(row[e].post) &&
    (cap(row[e + 1]) || (listSmall(row[e + 1]) && row[e + 2] && cap(row[e + 2])))
  )
    e += listSmall(row[e + 1]) ? 2 : 1;
  return { range: { from: k, to: e, work: true }, last };
}

function titleWords(row: Token[], from: number, to: number): boolean {
  const words = row.slice(from, to + 1);
  return (
    words.every((t) => cap(t) || small(t) || !/\p{L}/u.test(t.text)) &&
    words.filter(cap).length >= 2 &&
    cap(words[words.length - 1])
  );
}

/** The name's kind word ends it ("Super District Council") or opens it before "of" ("Department of Government
 * Efficiency"). */
const headed = (row: Token[], k: number, e: number) =>
  HEADS.has(row[e].normal) || (HEADS.has(row[k].normal) && row[k + 1]?.normal === 'of' && k + 1 < e);

// "The Internet Explorer 6 Countdown", "Cowboys and Indians": a quoted phrase of 2–10 title-case words.
function quoted(row: Token[], k: number): TitleRange | undefined {
  if (!OPEN_QUOTE.test(row[k].pre) || !cap(row[k])) return undefined;
  for (let e = k; e < row.length && e < k + 10; e++) {
    if (e > k && /["“”]/.test(row[e].pre)) return undefined;
    // A quoted organisation or place name ("known as “Super District Council”") keeps its own type.
    // So does a quoted personal or known name ("her name was shortened to “Doris Day”", "the “United States”").
    // (After a work noun it is the work's title whatever its words: the documentary "Silent Harbour".)
    if (CLOSE_QUOTE.test(row[e].post))
      return e > k && titleWords(row, k, e)
        ? {
            from: k,
            to: e,
            work: (!headed(row, k, e) && !personal(row.slice(k, e + 1))) || workNoun(row[k - 1]),
          }
        : undefined;
    if (/[.!?;,"“”]/.test(row[e].post)) return undefined;
  }
  return undefined;
}

// "(For Inspiration and Recognition of Science and Technology)", "ISIS (Islamic State of Iraq and Syria)": a
// bracketed name with small words inside, spelling out an acronym of the sentence or naming with "of"/"for"
// (not a list: "(Aboriginal Australians and Torres Strait Islanders)").
function bracketed(row: Token[], k: number): TitleRange | undefined {
  if (!/\($/.test(row[k].pre) || !cap(row[k])) return undefined;
  for (let e = k; e < row.length && e < k + 12; e++) {
    if (/^\)/.test(row[e].post)) {
      const words = row.slice(k, e + 1);
      if (e - k < 2 || !words.some(small) || !titleWords(row, k, e)) return undefined;
      const spelled = initials(words.map((t) => t.text).join(' '));
      const acronyms = new Set(row.filter((t) => /^\p{Lu}{2,}$/u.test(t.text)).map((t) => t.text.toLowerCase()));
      const expands = acronyms.has(spelled) || acronyms.has(words[0].text[0].toLowerCase() + spelled);
      return expands || words.some((t) => OF.has(t.normal)) ? { from: k, to: e, work: false } : undefined;
    }
    if (/\S/.test(row[e].post)) return undefined;
  }
  return undefined;
}

const SUBTITLE_ENDS = new Set(['which', 'that', 'who', 'and', 'or']);
/** "Avengers: Infinity War and Avengers: Endgame": the word after "and" opens a title of its own (a colon
 * follows it within three words), so the subtitle ends before "and". */
const secondTitle = (row: Token[], k: number) => row.slice(k, k + 3).some((t) => /^:\s/.test(t.post));

// "in Batman: The Animated Series,", "a match of Counter-Strike: Global Offensive": a title and subtitle after a
// lower-case word, the subtitle ending at punctuation (or before a relative pronoun, preposition, "and"/"or")
// and naming no known person or place.
function colon(row: Token[], k: number): TitleRange | undefined {
  if (k === 0 || !cap(row[k]) || !/^\p{Ll}/u.test(row[k - 1].text) || /\S/.test(row[k - 1].post)) return undefined;
  let c = k;
  while (c < k + 3 && cap(row[c]) && (!/\S/.test(row[c].post) || row[c].post === '-') && row[c + 1] && cap(row[c + 1]))
    c++;
  if (!cap(row[c]) || !/^:\s+$/.test(row[c].post) || !row[c + 1] || !cap(row[c + 1])) return undefined;
  // 'said to Biden: "Today, I am asking …"': a quotation after the colon is what someone said.
  if (/["“‘']/.test(row[c + 1].pre)) return undefined;
  let e = c + 1;
  while (
    e + 1 < row.length &&
    e < c + 6 &&
    !/\S/.test(row[e].post) &&
    (cap(row[e + 1]) || (cuedSmall(row[e + 1]) && row[e + 2] && cap(row[e + 2]) && !secondTitle(row, e + 2)))
  )
    e += cuedSmall(row[e + 1]) ? 2 : 1;
  // The subtitle ends at punctuation, or before a lower-case relative pronoun, preposition or "and"/"or"
  // ("Captain America: Civil War which preceded …", "appeared in Avengers: Endgame in 2019").
  const after = row[e + 1];
  const closes =
    !after ||
    /^[,.;!?)]/.test(row[e].post) ||
    (/^\p{Ll}/u.test(after.text) && (SUBTITLE_ENDS.has(after.normal) || after.tags.has('Preposition')));
  if (!closes) return undefined;
  if (row.slice(c + 1, e + 1).some((t) => ['Person', 'Place'].some((x) => t.tags.has(x)))) return undefined;
  return { from: k, to: e, work: true };
}

/** A lower-case noun for a work or made thing ("film", "ship"), not a possessive. */
const workNoun = (t: Token | undefined) =>
  !!t && WORK_NOUNS.has(t.normal) && /^\p{Ll}/u.test(t.text) && t.tags.has('Noun') && !t.tags.has('Possessive');
/** A plural of such a noun, which may open a list of titles ("albums", "films"). */
const pluralWorkNoun = (t: Token | undefined) => workNoun(t) && /s$/.test(t!.normal);

/** Words that make an assistant a program: "its voice assistant Siri", "the AI assistant Claude". */
const PROGRAMS = new Set(['voice', 'virtual', 'digital', 'ai', 'smart']);

/** The noun at `b` is a work noun, or an assistant that is a program. */
const workNounAt = (row: Token[], b: number) =>
  workNoun(row[b]) || (row[b]?.normal === 'assistant' && PROGRAMS.has(row[b - 1]?.normal ?? ''));

// "the film Easy Rider", "a device called the E-meter", "the cruise ship, Aurora": a title after a work noun.
function cued(row: Token[], k: number): TitleRange | undefined {
  if (!cap(row[k]) || /^\p{N}/u.test(row[k].text) || k === 0) return undefined;
  // "the documentary Just Don't …" in sentence case: a small word alone is no title.
  if (
    (FUNCTION_WORDS.has(row[k].normal) ||
      ['Adverb', 'Pronoun', 'Determiner', 'Conjunction', 'Preposition'].some((x) => row[k].tags.has(x))) &&
    !(row[k + 1] && cap(row[k + 1]))
  )
    return undefined;
  let b = k - 1;
  if (row[b].normal === 'the' && b > 0) b--;
  // ("films including The Color Purple": a plural work noun and "including" before the title.)
  const including = row[b].normal === 'including' && b === k - 1 && pluralWorkNoun(row[b - 1]);
  if (including) b--;
  const naming = NAMING_VERBS.has(row[b].normal) && row.slice(Math.max(0, b - 3), b).some(workNoun);
  const comma = workNounAt(row, b) && /^,\s*$/.test(row[b].post);
  const next = b === k - 1 || (including && b === k - 2);
  if (!naming && !(workNounAt(row, b) && (next || comma) && (!/\S/.test(row[b].post) || comma))) return undefined;
  if (row[b].normal === 'the' || (b < k - 1 && !naming && row[k - 1].normal === 'the')) return undefined;
  let e = k;
  while (
    e + 1 < row.length &&
    !BREAK.test(row[e].post) &&
    (cap(row[e + 1]) || (cuedSmall(row[e + 1]) && row[e + 2] && cap(row[e + 2]) && !BREAK.test(row[e + 1].post)))
  )
    e += cuedSmall(row[e + 1]) ? 2 : 1;
  // A known person, place or organisation after the noun, then a verb, is an actor ("the game Belgium won").
  // A known organisation or place is itself ("the social networking site Facebook").
  const range = row.slice(k, e + 1);
  if (
    (range.every(known) && !/\S/.test(row[e].post) && row[e + 1]?.tags.has('Verb')) ||
    range.every((t) => t.tags.has('Organization') || t.tags.has('Place'))
  )
    return undefined;
  // After a comma only a title that ends there ("the cruise ship, Aurora."), not a clause ("the site, Trump said").
  if (comma && row[e + 1] && !/^[.,;]/.test(row[e].post)) return undefined;
  return { from: k, to: e, work: true };
}

/** Nouns of a broadcast a title is written before: "the Bergen in Focus programme". */
const SHOW_NOUNS = new Set(['programme', 'program', 'show', 'series', 'podcast', 'documentary']);
const possessive = (t: Token) => t.tags.has('Possessive') || /['’]s$/.test(t.text);

// "on Voice of America's South Sudan in Focus programme", "the Life in Norway show": a title-case run with a
// small word inside, right before a lower-case broadcast noun, is the show's title (its place names are not
// where anything is). The run opens after a lower-case article or a possessive ("Ginny Weasley from the Harry
// Potter series" names a person first).
function beforeShow(row: Token[], k: number): TitleRange | undefined {
  const prev = row[k - 1];
  if (!cap(row[k]) || !prev || /\S/.test(prev.post) || !(possessive(prev) || ARTICLES.has(prev.text))) return undefined;
  let e = k;
  while (
    e < k + 8 &&
    row[e + 1] &&
    !/\S/.test(row[e].post) &&
    !possessive(row[e]) &&
    (cap(row[e + 1]) || small(row[e + 1]))
  )
    e++;
  const show = row[e + 1];
  if (!show || /\S/.test(row[e].post) || !SHOW_NOUNS.has(show.normal) || !/^\p{Ll}/u.test(show.text)) return undefined;
  // "the Acme in Norway program managers": the broadcast noun modifies another noun, so the run is no title.
  const after = row[e + 2];
  if (after && !/\S/.test(show.post) && /^\p{Ll}/u.test(after.text) && after.tags.has('Noun')) return undefined;
  const words = row.slice(k, e + 1);
  // ("land on the Moon under the Artemis programme": an article inside the run opens the noun phrase the
  // broadcast noun heads; the words before it are no part of that name.)
  if (words.slice(1).some((t) => ARTICLES.has(t.text))) return undefined;
  return words.slice(1, -1).some(small) && titleWords(row, k, e) ? { from: k, to: e, work: true } : undefined;
}
