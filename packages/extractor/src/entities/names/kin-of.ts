// "the father of Liverpool forward Luis Díaz", "Luis Díaz's father": a name a kin word is said of. The kin is
// another person who often shares the family name ("Luis Manuel Díaz", named later), so the grouping does not
// take that longer name for this one's full form.
import type { Token } from '../../tokens.js';

const KIN = new Set(
  `father mother son daughter brother sister wife husband uncle aunt nephew niece grandson granddaughter grandfather
  grandmother cousin widow widower parents children sons daughters brothers sisters`.split(/\s+/),
);
/** Words between "of" and the name: a role or a body before it ("Liverpool forward"). */
const MAX_BETWEEN = 3;

/** A kin word and "of" stand shortly before the name at `row[from..to]`, or its "'s" and a kin word after it. */
export function kinOf(row: Token[], from: number, to: number): boolean {
  const last = row[to];
  if (/['’]s$/.test(last.text) && KIN.has(row[to + 1]?.normal ?? '')) return true;
  if (/^['’]s?$/.test(row[to + 1]?.text ?? '') && KIN.has(row[to + 2]?.normal ?? '')) return true;
  for (let k = from - 1; k >= 1 && k >= from - 1 - MAX_BETWEEN; k--) {
    const t = row[k];
    if (t.normal === 'of') return KIN.has(row[k - 1].normal);
    if (/[,;:]/.test(t.post) || t.tags.has('Verb') || t.tags.has('Determiner')) return false;
  }
  return false;
}
