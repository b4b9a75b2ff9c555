// "Washington, D.C.": the district's letters after the city's name and a comma are part of that one name, as
// "Washington DC" is. Apart, they made a second place "D.C." beside "Washington" (and, before a gerund, a
// speaker: "a statement at his golf club outside Washington, D.C. saying …").
import type { Token } from '../../tokens.js';

const DISTRICT = /^(?:D\.C\.?|DC)$/;

/** The run ends on "Washington" and a comma, and the token at `j` is the district's letters. */
export function capitalDistrict(run: Token[], row: Token[], j: number): boolean {
  const last = run[run.length - 1];
  return run.length === 1 && last.text === 'Washington' && /^,\s$/.test(last.post) && DISTRICT.test(row[j]?.text ?? '');
}

/** The joined name: a place, whatever the parse guessed for its letters. */
export function districtName(text: string): boolean {
  const [city, letters] = text.split(', ');
  return city === 'Washington' && DISTRICT.test(letters ?? '');
}
