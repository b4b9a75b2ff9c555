// What coreference resolves to: every name mention of the final groups, with what a pronoun, nominal or title
// must agree with (type, country or city, gender, titles, name words), in text order.
import type { NameGroup } from '../spans.js';
import type { Token } from '../../tokens.js';
import type { CorefTarget } from './coreference.js';
import { COUNTRY_NAMES } from '../lexicon/countries.js';
import { lexiconTags } from '../../lexicon-tags.js';
import { SYLLABLE_NAME } from '../names/syllable-name.js';
import { NOT_BUSINESS_HEADS, POSSESSIVE_DETERMINERS, UNNAMED_PERSONS } from '../lexicon/pronouns.js';

export function corefTargets(groups: NameGroup[], tokens: Token[]): CorefTarget[] {
  const targets: CorefTarget[] = [];
  groups.forEach((g, entity) => {
    const titles = new Set(g.spans.filter((s) => s.title).map((s) => s.title!.toLowerCase()));
    const isCountry =
      COUNTRY_NAMES.has(g.name.toLowerCase()) || g.spans.some((s) => s.tokens.some((t) => t.tags.has('Country')));
    const isCity = g.spans.some((s) => s.tokens.some((t) => t.tags.has('City')));
    // The parse may tag a given name only Person in context ("Theresa May appointed him"): the lexicon's own
    // reading of the first word says which.
    // ("Kim Yong-hyun … harm himself": a name written family name first opens with no given name, whatever the
    // lexicon makes of its first word.)
    // ("Luiz Inácio Lula da Silva … Lula": a full name's first word is the given name; a word used alone for the
    // person is a surname or a nickname, whatever the lexicon makes of it, unless there is no full name.)
    const full = g.spans.filter((s) => s.tokens.length > 1);
    const given = (tag: string) =>
      g.type === 'Person' &&
      !SYLLABLE_NAME.test(g.name) &&
      (full.length ? full : g.spans).some(
        (s) => s.tokens[0]?.tags.has(tag) || lexiconTags(s.tokens[0]?.normal ?? '').includes(tag),
      );
    const gender = given('FemaleName') ? 'f' : given('MaleName') ? 'm' : kinGender(g, tokens);
    const all = g.name.toLowerCase().split(/\s+/);
    const words = new Set(all);
    const last = all[all.length - 1];
    // "Iranians", "the Democrats": a group of people is no "he" or "she".
    const group = g.spans.every((s) => s.tokens[s.tokens.length - 1]?.tags.has('Plural'));
    const kinds = new Set(
      g.spans
        .map((s) => tokens[s.tokens[0].i - 1])
        .filter((t) => !!t && /^\p{Ll}+$/u.test(t.text) && !/\S/.test(t.post) && t.tags.has('Noun'))
        .map((t) => t.normal),
    );
    // ("The IG Metall union threatened strikes", "fined by the regulator Ofwat": a word for a body that is no
    // business, written after the name or right before it, says "the company" is another.)
    // ("the Office for Product Safety and Standards", "the Ministry of Defence": the word before a name's "of" or
    // "for" heads it.)
    const joint = all.findIndex((w, k) => k > 0 && (w === 'of' || w === 'for'));
    const notBusiness =
      NOT_BUSINESS_HEADS.has(all[joint - 1] ?? '') ||
      g.spans.some((s) => NOT_BUSINESS_HEADS.has(s.nounAfter ?? '')) ||
      [...kinds].some((k) => NOT_BUSINESS_HEADS.has(k));
    // ("BEIRUT — Rebels took Aleppo … entered the city": a dateline is where the story was filed, no antecedent.)
    for (const s of g.spans.filter((x) => !x.dateline))
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
        kinds,
        notBusiness,
        words,
        last,
      });
  });
  return targets.sort((a, b) => a.start - b.start);
}

/** "her son Anderson Cooper", "His wife, Jonna Mendez,", "Mendez's wife Jonna": a gendered kin word after a
 * possessive, right before a person's name, gives its gender where the given name gives none. */
function kinGender(g: NameGroup, tokens: Token[]): 'm' | 'f' | undefined {
  if (g.type !== 'Person') return undefined;
  for (const s of g.spans) {
    const [kin, owner] = [tokens[s.tokens[0].i - 1], tokens[s.tokens[0].i - 2]];
    if (!kin || !owner || kin.sentence !== s.sentence || !/^\p{Ll}/u.test(kin.text)) continue;
    if (!POSSESSIVE_DETERMINERS.has(owner.normal) && owner.normal !== 'her' && !/['’]s$/.test(owner.text)) continue;
    const fit = UNNAMED_PERSONS.get(kin.normal);
    if (fit === 'm' || fit === 'f') return fit;
  }
  return undefined;
}
