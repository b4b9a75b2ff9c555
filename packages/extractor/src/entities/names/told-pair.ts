// "told MSNBC Cummings "was a great man"", "told the BBC Acme Corp had misled investors": after a verb of
// telling, the addressee and the subject of the reported clause can meet with no "that" between them, and a
// run of name words then holds both. When a finite verb follows the run, the run is two names; it is cut where
// its one seam is: after an acronym or an organisation word ("Post", "News", "Corp") before a capitalised
// word that is neither, or before a given name. A run with no seam, or with two, stays whole ("told Fox News
// the plan …").
import type { Token } from '../../tokens.js';
import { ORG_HEADS } from '../lexicon/org-words.js';
import { givenName } from '../../lexicon-tags.js';
import { lower } from './name-tokens.js';
import { isAcronym } from './name-key.js';

const TELL = new Set(['told', 'tells', 'tell', 'telling']);
const FINITE = ['PastTense', 'PresentTense', 'Modal', 'Copula', 'Auxiliary'];

/** Where in `run` the reported clause's subject starts, or -1 when the run is one name. */
export function toldPairCut(run: Token[], row: Token[], next: Token | undefined): number {
  if (run.length < 2 || !next || !FINITE.some((x) => next.tags.has(x)) || /^\p{Lu}/u.test(next.text)) return -1;
  let b = run[0].pos - 1;
  if (row[b]?.normal === 'the') b--;
  if (!TELL.has(row[b]?.text ?? '')) return -1;
  const seams = new Set<number>();
  for (let s = 1; s < run.length; s++) {
    const [a, t] = [run[s - 1], run[s]];
    if (/\S/.test(a.post) || !/^\p{Lu}/u.test(t.text)) continue;
    if (
      (isAcronym(a.text) && !isAcronym(t.text)) ||
      (ORG_HEADS.has(lower(a)) && !ORG_HEADS.has(lower(t))) ||
      (givenName(t.text) && !givenName(a.text))
    )
      seams.add(s);
  }
  return seams.size === 1 ? [...seams][0] : -1;
}
