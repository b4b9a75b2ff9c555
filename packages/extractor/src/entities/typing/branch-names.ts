// Branch names: "BBC Scotland", "Toyota Canada", "Mazars USA": an organisation's own name before a country's
// name is its branch or subsidiary there, an Organization, never the country or a place inside it (compromise
// tags the pair Place for the country word). The type rule knows the organisation's name by its form or the
// lexicon; the step knows it when the article also writes it alone as a body's name ("Mazars … Mazars USA"),
// which an ordinary word describing the country never is ("Mainland China" has no "Mainland" alone).
import type { NameSpan } from '../spans.js';
import type { EntityStep } from '../entity-step.js';
import { COUNTRY_ABBREVIATIONS, COUNTRY_NAMES } from '../lexicon/countries.js';
import { lexiconTags } from '../../lexicon-tags.js';
import { nameKey } from '../names/name-key.js';
import { aloneTags } from '../../common-word.js';

const countryWord = (normal: string) => COUNTRY_NAMES.has(normal) || COUNTRY_ABBREVIATIONS.has(normal);

/** Two words, the second a country's name or short form, the first no adjective ("Republican US Senator …",
 * "Democratic US": a party's adjective describes what follows). */
const beforeCountry = (s: NameSpan) =>
  s.tokens.length === 2 &&
  countryWord(s.tokens[1].normal) &&
  !(aloneTags(s.tokens[0].normal) ?? []).includes('Adjective');

/** "BBC Australia" (capitals that are no country's own, "US", "UK"), "Toyota Canada" (a firm the lexicon knows). */
export function branchName(s: NameSpan): boolean {
  // ("PORT SUDAN — …": a dateline's place is written in capitals, whatever its first word looks like)
  if (s.dateline || !beforeCountry(s)) return false;
  const [{ text, normal, tags }] = s.tokens;
  if (/^\p{Lu}{2,5}$/u.test(text)) return !countryWord(normal) && !tags.has('Country');
  const known = lexiconTags(normal);
  return known.length > 0 && known.every((t) => t === 'Organization');
}

/** Rules that typed a pair only by compromise's tag on the country word. */
const GUESSES = new Set(['compromise-place', 'known-place-word', 'country-city']);

export const branchNames: EntityStep = {
  name: 'branch-names',
  description: 'a name before a country ("Mazars USA") is a branch when the article writes that name alone as a body',
  apply(groups, ctx) {
    // Written mid-sentence: a clause's first word is capitalised whatever it is ("Mainland rules apply").
    const midSentence = (s: NameSpan) => ctx.tokens[s.tokens[0].i - 1]?.sentence === s.sentence;
    const bodies = new Set(
      groups.filter((g) => g.type === 'Organization' && g.words === 1 && g.spans.some(midSentence)).map((g) => g.key),
    );
    for (const g of groups) {
      if (g.type !== 'Place' || !g.spans.every((s) => beforeCountry(s) && GUESSES.has(s.typeRule))) continue;
      if (!bodies.has(nameKey(g.spans[0].tokens[0].text))) continue;
      g.type = 'Organization';
      g.strong = true;
    }
    return groups;
  },
};
