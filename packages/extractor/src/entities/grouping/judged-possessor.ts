// "Judge Lewis Kaplan set his sentencing for March 28", "Justice Ann Lee rejected her appeal": in a sentence
// with a titled judge, a possessive before an act a court does to someone (a sentencing, a trial, a release on
// bail) names the one tried, never the judge, who the grammar would otherwise offer as the nearest fit.
import type { Token } from '../../tokens.js';

const UNDERGONE = new Set(
  'sentencing sentence trial retrial conviction acquittal arraignment extradition release bail hearing appeal detention deportation execution'.split(
    ' ',
  ),
);
const BENCH = new Set(['judge', 'justice', 'magistrate']);

/** The gender of the possessive at `k` when it is such a possessor, else undefined. */
export function judgedPossessor(toks: Token[], k: number): 'm' | 'f' | undefined {
  const gender = toks[k]?.normal === 'his' ? 'm' : toks[k]?.normal === 'her' ? 'f' : undefined;
  if (!gender || !UNDERGONE.has(toks[k + 1]?.normal ?? '')) return undefined;
  return toks.slice(0, k).some((x) => BENCH.has(x.normal) && /^\p{Lu}/u.test(x.text)) ? gender : undefined;
}
