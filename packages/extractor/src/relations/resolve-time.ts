// resolveTime(): what a time expression means → an ISO 8601 value, counted from the article's date where
// the expression is relative. News tells of the past unless the verb looks ahead, so "on Monday" in a
// past-tense clause is the last Monday on or before the article's date, and in a future one the next.
// Values: a day "2020-03-09", an ISO week "2020-W10", a month "2020-03" or a year "2020".
import type { TimeMeaning } from './time-expressions.js';

export type Tense = 'past' | 'future';

const DAY_MS = 86_400_000;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const isoMonth = (y: number, m: number) => `${y}-${pad(m)}`;

function parseDay(date: string | undefined): Date | undefined {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})$/u.exec(date) : null;
  if (!m) return undefined;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** ISO 8601 week of a day: the week (Monday first) holding its Thursday. */
function isoWeek(d: Date): string {
  const thursday = new Date(d.getTime() + (3 - ((d.getUTCDay() + 6) % 7)) * DAY_MS);
  const jan1 = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.floor((thursday.getTime() - jan1) / DAY_MS / 7) + 1;
  return `${thursday.getUTCFullYear()}-W${pad(week)}`;
}

function validDay(y: number, m: number, d: number): boolean {
  const x = new Date(Date.UTC(y, m - 1, d));
  return x.getUTCMonth() === m - 1 && x.getUTCDate() === d;
}

/** A date without its year takes the year that puts it on the tense's side of the article's date. */
function yearFor(month: number, day: number | undefined, ref: Date, tense: Tense): number {
  const y = ref.getUTCFullYear();
  const refKey = (ref.getUTCMonth() + 1) * 100 + (day === undefined ? 0 : ref.getUTCDate());
  const key = month * 100 + (day ?? 0);
  if (tense === 'past') return key > refKey ? y - 1 : y;
  return key < refKey ? y + 1 : y;
}

export function resolveTime(meaning: TimeMeaning, articleDate: string | undefined, tense: Tense): string | undefined {
  const ref = parseDay(articleDate);
  switch (meaning.kind) {
    case 'date': {
      const { month, day } = meaning;
      if (meaning.year === undefined && !ref) return undefined;
      if (month === undefined) return meaning.year === undefined ? undefined : String(meaning.year);
      const year = meaning.year ?? yearFor(month, day, ref!, tense);
      if (day === undefined) return isoMonth(year, month);
      return validDay(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : undefined;
    }
    case 'weekday': {
      if (!ref) return undefined;
      const diff = (meaning.weekday - ref.getUTCDay() + 7) % 7;
      // "last Monday" is never the article's own day; "on Monday" may be.
      const back = diff === 0 ? (meaning.shift === -1 ? 7 : 0) : 7 - diff;
      const ahead = diff === 0 ? (meaning.shift === 1 ? 7 : 0) : diff;
      const direction = meaning.shift === 0 ? (tense === 'past' ? -1 : 1) : meaning.shift;
      return isoDay(new Date(ref.getTime() + (direction < 0 ? -back : ahead) * DAY_MS));
    }
    case 'relative': {
      if (!ref) return undefined;
      const { unit, offset } = meaning;
      if (unit === 'day') return isoDay(new Date(ref.getTime() + offset * DAY_MS));
      if (unit === 'week') return isoWeek(new Date(ref.getTime() + offset * 7 * DAY_MS));
      if (unit === 'year') return String(ref.getUTCFullYear() + offset);
      const months = ref.getUTCFullYear() * 12 + ref.getUTCMonth() + offset;
      return isoMonth(Math.floor(months / 12), (months % 12) + 1);
    }
  }
}
