// "the War on Drugs", "the War in Afghanistan", "the Battle of Hastings", "the Siege of Leningrad": a war word
// alone, capitalised, with its "on"/"in"/"of"/"against" complement names one event. Without this the run stops
// at the small word and "War" alone becomes a node of its own, typed as an organisation by default.
import type { Token } from '../../tokens.js';
import { quiet } from './name-tokens.js';

const WAR_WORDS = new Set(['war', 'battle', 'siege', 'invasion', 'liberation']);
const LINKS = new Set(['on', 'in', 'of', 'against']);

/** How many tokens from `j` (a small word after `run`) join a lone war word's complement; 0 if none. */
export function warJoin(run: Token[], row: Token[], j: number, nameAt: (k: number) => boolean): number {
  const [head] = run;
  if (run.length !== 1 || !WAR_WORDS.has(head.normal) || !/^\p{Lu}\p{Ll}+$/u.test(head.text)) return 0;
  const link = row[j];
  if (!LINKS.has(link.normal) || !quiet(run[0], link) || !/^\p{Ll}/u.test(link.text)) return 0;
  const k = row[j + 1]?.normal === 'the' ? j + 2 : j + 1;
  if (!quiet(row[k - 1], row[k]) || !nameAt(k)) return 0;
  let end = k;
  while (end - k < 3 && quiet(row[end], row[end + 1]) && nameAt(end + 1)) end++;
  return end - j + 1;
}

/** The name is a war word with its complement ("War on Drugs"), or the word alone ("the War"). */
export function warName(tokens: Token[]): boolean {
  return (
    WAR_WORDS.has(tokens[0].normal) &&
    /^\p{Lu}/u.test(tokens[0].text) &&
    (tokens.length === 1 || LINKS.has(tokens[1].normal))
  );
}
