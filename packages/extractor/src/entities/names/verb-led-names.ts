// "donated to Save the Children", "supporters of Stop the Steal", "opposition to Defund the Police": a
// capitalised ordinary word, a lower-case "the" and a capitalised word, after a preposition or an article
// inside the sentence, name one thing (a campaign, a charity, a show), not two ("Defund" and "Police"). A
// person's, place's or day's name before "the" ("in Kyiv the President", "on Monday the Court", "to Alexander
// the Great") is no such opener, nor is "according to", nor a fronted phrase ("In Sirte the Army …").
import type { Token } from '../../tokens.js';
import type { TitleRange } from './titled-works.js';
import { givenName, lexiconName } from '../../lexicon-tags.js';
import { isTitle, quiet } from './name-tokens.js';

const OPENERS = new Set('to of on in for with against by from about at into behind like the a an'.split(' '));
const NOT_OPENING = ['Person', 'Place', 'Organization', 'Date', 'Value', 'Acronym'];
const word = (t: Token | undefined) => !!t && /^\p{Lu}\p{Ll}+$/u.test(t.text);

export function verbLedName(row: Token[], k: number): TitleRange | undefined {
  const t = row[k];
  const prev = row[k - 1];
  const the = row[k + 1];
  if (k < 2 || !word(t) || !OPENERS.has(prev.text) || !quiet(prev, t) || !quiet(t, the)) return undefined;
  if (the?.text !== 'the' || !quiet(the, row[k + 2]) || !/^\p{Lu}/u.test(row[k + 2].text)) return undefined;
  if (prev.text === 'to' && row[k - 2].normal === 'according') return undefined;
  if (NOT_OPENING.some((x) => t.tags.has(x)) || lexiconName(t.normal) || givenName(t.text) || isTitle(t))
    return undefined;
  let e = k + 2;
  while (quiet(row[e], row[e + 1]) && /^\p{Lu}/u.test(row[e + 1].text)) e++;
  return { from: k, to: e, work: false };
}
