// Time expressions in one sentence ("on Monday", "last year", "March 5, 2020", "two weeks ago", "in 2019"),
// read as plain data: each pattern says what it matches over the sentence's tokens and what it means
// (a day, a month, a year or a week, absolute or counted from the article's date). Resolving that meaning
// against the article's date is resolve-time.ts's job.
import type { Token } from '../tokens.js';

export type TimeUnit = 'day' | 'week' | 'month' | 'year';

/** What an expression says, before an article date gives it a value. */
export type TimeMeaning =
  /** A calendar date, possibly without its year ("March 5") or day ("in March"). */
  | { kind: 'date'; year?: number; month?: number; day?: number }
  /** A weekday; `shift` -1 for "last Monday", +1 for "next Monday", 0 when the tense decides. */
  | { kind: 'weekday'; weekday: number; shift: -1 | 0 | 1 }
  /** A unit counted from the article's date: "yesterday" (day, -1), "this year" (year, 0), "2 weeks ago". */
  | { kind: 'relative'; unit: TimeUnit; offset: number };

export interface TimeExpression {
  /** Token positions within the sentence, inclusive. */
  from: number;
  to: number;
  meaning: TimeMeaning;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
// Maps, not object literals: every token's word is looked up here, and a word such as "constructor" must not
// find an Object.prototype member.
const COUNTS = new Map<string, number>(
  Object.entries({
    a: 1,
    an: 1,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
  }),
);
const UNITS = new Map<string, TimeUnit>((['day', 'week', 'month', 'year'] as const).map((u) => [u, u]));
/** "yesterday" … "tomorrow": days counted from the article's date. */
const DAY_WORDS = new Map([
  ['yesterday', -1],
  ['today', 0],
  ['tonight', 0],
  ['tomorrow', 1],
]);
/** "last week", "this month", "next year": the unit's shift from the article's date. */
const UNIT_SHIFTS = new Map([
  ['last', -1],
  ['past', -1],
  ['this', 0],
  ['next', 1],
]);
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);
/** Words that make a following month name a date ("in May", not the modal "may"). */
const MONTH_LEADS = new Set(['in', 'since', 'by', 'until', 'during', 'early', 'late', 'mid', 'of', 'from', 'through']);
const BOUNDING = new Set(['on', 'in', 'since', 'by', 'until', 'during', 'from', 'through', 'before', 'after']);
const YEAR_LEADS = new Set(['in', 'since', 'by', 'until', 'during', 'before', 'after', 'from', 'through']);

const word = (t: Token | undefined) => (t ? t.normal.replace(/[.,]$/u, '') : '');
const capitalised = (t: Token | undefined) => !!t && /^[A-Z]/u.test(t.text);
const dayNumber = (w: string) => {
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/u.exec(w);
  return m && +m[1] >= 1 && +m[1] <= 31 ? +m[1] : undefined;
};
const yearNumber = (w: string) => {
  const m = /^(\d{4})$/u.exec(w);
  return m && +m[1] >= 1800 && +m[1] <= 2200 ? +m[1] : undefined;
};
const monthOf = (t: Token | undefined, w: string) => (capitalised(t) ? MONTHS.indexOf(w) + 1 : 0);
const countOf = (w: string) => COUNTS.get(w) ?? (/^\d{1,3}$/u.test(w) ? +w : undefined);
const unitOf = (w: string) => UNITS.get(w.replace(/s$/u, ''));

interface Match {
  to: number;
  meaning: TimeMeaning;
}

/** One pattern: tried at every token; returns where the expression ends and what it means, or nothing.
 * `w` is the tokens' words (`word` of each, worked out once per sentence); out of range it gives ''. */
type Pattern = (toks: Token[], i: number, w: (at: number) => string) => Match | undefined;

const PATTERNS: Pattern[] = [
  // "last Monday", "next Friday night", "on Tuesday"
  (toks, i, w) => {
    const mod = w(i);
    const shift = mod === 'last' ? -1 : mod === 'next' ? 1 : mod === 'this' ? 0 : undefined;
    const at = shift === undefined ? i : i + 1;
    const weekday = capitalised(toks[at]) ? WEEKDAYS.indexOf(w(at)) : -1;
    if (weekday < 0) return undefined;
    const to = DAY_PARTS.has(w(at + 1)) ? at + 1 : at;
    return { to, meaning: { kind: 'weekday', weekday, shift: shift ?? 0 } };
  },
  // "yesterday", "today", "tomorrow", "tonight", "yesterday morning"
  (toks, i, w) => {
    const offset = DAY_WORDS.get(w(i));
    const to = DAY_PARTS.has(w(i + 1)) && w(i) !== 'tonight' ? i + 1 : i;
    return offset === undefined ? undefined : { to, meaning: { kind: 'relative', unit: 'day', offset } };
  },
  // "last week", "this month", "next year", "earlier this year"
  (toks, i, w) => {
    const at = (w(i) === 'earlier' || w(i) === 'later') && w(i + 1) === 'this' ? i + 1 : i;
    const offset = UNIT_SHIFTS.get(w(at));
    if (offset === undefined) return undefined;
    const unit = UNITS.get(w(at + 1));
    if (!unit || unit === 'day') return undefined;
    // "the past year" is a stretch of time, not a calendar year; "the next month" counts from the story's
    // own time, not the article's date.
    if (w(at) === 'past' || w(at - 1) === 'the') return undefined;
    return { to: at + 1, meaning: { kind: 'relative', unit, offset } };
  },
  // "two days ago", "3 years ago", "a week ago"
  (toks, i, w) => {
    if (w(i + 2) !== 'ago') return undefined;
    const n = countOf(w(i));
    if (n === undefined) return undefined;
    const unit = unitOf(w(i + 1));
    if (!unit) return undefined;
    return { to: i + 2, meaning: { kind: 'relative', unit, offset: -n } };
  },
  // "March 5", "March 5, 2020", "March 2020", "in May"
  (toks, i, w) => {
    const month = monthOf(toks[i], w(i));
    if (!month) return undefined;
    const day = dayNumber(w(i + 1));
    const yearAt = day ? i + 2 : i + 1;
    const year = yearNumber(w(yearAt));
    if (!day && !year && !MONTH_LEADS.has(w(i - 1))) return undefined;
    const to = year ? yearAt : day ? i + 1 : i;
    return { to, meaning: { kind: 'date', month, ...(day ? { day } : {}), ...(year ? { year } : {}) } };
  },
  // "5 March", "5th of March 2020"
  (toks, i, w) => {
    const day = dayNumber(w(i));
    if (!day) return undefined;
    const at = w(i + 1) === 'of' ? i + 2 : i + 1;
    const month = monthOf(toks[at], w(at));
    if (!month) return undefined;
    const year = yearNumber(w(at + 1));
    return { to: year ? at + 1 : at, meaning: { kind: 'date', month, day, ...(year ? { year } : {}) } };
  },
  // "in 2019", "since 2001"
  (toks, i, w) => {
    const year = YEAR_LEADS.has(w(i - 1)) ? yearNumber(w(i)) : undefined;
    // "in 2019 people" is a count; a year ends its phrase.
    if (!year || toks[i + 1]?.tags.has('Noun')) return undefined;
    return { to: i, meaning: { kind: 'date', year } };
  },
];

/** The time expressions of a sentence, left to right, none overlapping (the first pattern to match wins). */
export function findTimeExpressions(toks: Token[]): TimeExpression[] {
  const out: TimeExpression[] = [];
  const words = toks.map(word);
  const w = (at: number) => words[at] ?? '';
  for (let i = 0; i < toks.length; i++) {
    for (const pattern of PATTERNS) {
      const m = pattern(toks, i, w);
      if (!m) continue;
      // "on Monday", "since 2019": the preposition belongs to the expression's text (it says how the time
      // bounds the event; the value is the time itself).
      const from = BOUNDING.has(w(i - 1)) ? i - 1 : i;
      out.push({ from, to: m.to, meaning: m.meaning });
      i = m.to;
      break;
    }
  }
  return out;
}

/** findTimeExpressions, once per sentence's token array: the chunker and the clause-time reader both ask. */
const scanned = new WeakMap<Token[], TimeExpression[]>();
export function sentenceTimes(toks: Token[]): TimeExpression[] {
  let found = scanned.get(toks);
  if (!found) scanned.set(toks, (found = findTimeExpressions(toks)));
  return found;
}
