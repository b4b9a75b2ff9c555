// "Rudaw reports the director has ties …", "Xinhua reported the blast", "Airbus agreed …": a clause-initial
// capitalised word that the lexicon does not know, right before a reporting verb or an act only a person or a
// body does, is a source's or an actor's name (an outlet, an agency, a
// surname), though the text writes it nowhere else. Known words ("Officials said", "Police said") and plurals
// ("Mourners said") are ordinary nouns and keep to the other rules.
import type { Token } from '../../tokens.js';
import { lexiconTags } from '../../lexicon-tags.js';
import { FUNCTION_WORDS, clauseInitial } from './name-tokens.js';

/** Verbs that report what a source said. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set(
  'said says reported reports told tells announced announces wrote writes stated added adds claimed claims confirmed confirms tweeted'.split(
    ' ',
  ),
);

/** Acts only a person or a body does ("Airbus agreed in July …", "Temu denied …"): an unknown word before one
 * is a name as surely as one before a reporting verb ("Inflation agreed" says nothing). */
const AGENT_VERBS: ReadonlySet<string> = new Set(
  'agreed agrees denied denies refused refuses pledged pledges vowed vows urged urges apologised apologized sued sues hired hires'.split(
    ' ',
  ),
);

export function reportingOpener(row: Token[], i: number): boolean {
  const t = row[i];
  const verb = row[i + 1];
  return (
    !!verb &&
    /^\p{Lu}\p{Ll}{2,}$/u.test(t.text) &&
    clauseInitial(t, row[i - 1]) &&
    !/\S/.test(t.post) &&
    !FUNCTION_WORDS.has(t.normal) &&
    lexiconTags(t.normal).length === 0 &&
    t.tags.has('Singular') &&
    !t.tags.has('Plural') &&
    (REPORTING_VERBS.has(verb.normal) || AGENT_VERBS.has(verb.normal)) &&
    verb.tags.has('Verb')
  );
}
