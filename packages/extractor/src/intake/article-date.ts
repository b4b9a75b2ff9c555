// articleDate(): a published date as the articles and datasets write it → ISO YYYY-MM-DD, or undefined.
// A date written with its own day (ISO "2024-03-05T23:30-05:00", "5 March 2024", "March 5, 2024") keeps
// that day, the one the outlet printed; anything else JavaScript can parse is read as a UTC day.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ISO = /^\s*(\d{4})-(\d{2})-(\d{2})(?![\d])/;
const DAY_MONTH_YEAR = /\b(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]{3,9})\.?,? (\d{4})\b/;
const MONTH_DAY_YEAR = /\b([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?, (\d{4})\b/;

function ymd(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  if (year < 1800 || year > 2200) return undefined;
  return d.toISOString().slice(0, 10);
}

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

export function articleDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isFinite(value)) {
    // Unix time in seconds (datasets) or milliseconds.
    return articleDate(new Date(value < 1e11 ? value * 1000 : value));
  }
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const iso = ISO.exec(value);
  if (iso) return ymd(+iso[1], +iso[2], +iso[3]);
  const dmy = DAY_MONTH_YEAR.exec(value);
  if (dmy && monthOf(dmy[2])) return ymd(+dmy[3], monthOf(dmy[2]), +dmy[1]);
  const mdy = MONTH_DAY_YEAR.exec(value);
  if (mdy && monthOf(mdy[1])) return ymd(+mdy[3], monthOf(mdy[1]), +mdy[2]);
  if (/^\s*\d+\s*$/.test(value)) return articleDate(Number(value));
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? undefined : articleDate(parsed);
}
