// What coreference resolves to: every name mention of the final groups, with what a pronoun, nominal or title
// must agree with (type, country or city, gender, titles, name words), in text order.
import type { NameGroup } from '../spans.js';
import type { CorefTarget } from './coreference.js';
import { COUNTRY_NAMES } from '../lexicon/countries.js';

export function corefTargets(groups: NameGroup[]): CorefTarget[] {
  const targets: CorefTarget[] = [];
  groups.forEach((g, entity) => {
    const titles = new Set(g.spans.filter((s) => s.title).map((s) => s.title!.toLowerCase()));
    const isCountry =
      COUNTRY_NAMES.has(g.name.toLowerCase()) || g.spans.some((s) => s.tokens.some((t) => t.tags.has('Country')));
    const isCity = g.spans.some((s) => s.tokens.some((t) => t.tags.has('City')));
    const gender = g.spans.some((s) => s.tokens[0]?.tags.has('FemaleName'))
      ? 'f'
      : g.spans.some((s) => s.tokens[0]?.tags.has('MaleName'))
        ? 'm'
        : undefined;
    const words = new Set(g.name.toLowerCase().split(/\s+/));
    // "Iranians", "the Democrats": a group of people is no "he" or "she".
    const group = g.spans.every((s) => s.tokens[s.tokens.length - 1]?.tags.has('Plural'));
    for (const s of g.spans)
      targets.push({
        entity,
        type: g.type,
        start: s.start,
        end: s.end,
        sentence: s.sentence,
        isCountry,
        isCity,
        gender,
        group,
        titles,
        words,
      });
  });
  return targets.sort((a, b) => a.start - b.start);
}
