// Person clauses (typing/person-clauses.ts) and the person cues they joined (person-like.ts family-name
// prefixes, person-cues.ts contracted pronouns and plural titles): a weakly typed personal-looking name is a
// Person by the words around it. Sentences written for this test.
import { extract } from '@kg/extractor';
import { expectEntity, find, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'a relative "who"',
    text: 'Crowds backed the campaign of Taras Olenko, who was arrested in June.',
    name: 'Taras Olenko',
    type: 'Person',
  },
  {
    rule: '"the late"',
    text: 'A statue of the late Imre Vadasz stands in the square.',
    name: 'Imre Vadasz',
    type: 'Person',
  },
  {
    rule: 'kin in apposition, "wife of"',
    text: 'Ekwe Brasko, wife of a jailed banker, led the rally.',
    name: 'Ekwe Brasko',
    type: 'Person',
  },
  {
    rule: 'kin in apposition with a possessive',
    text: 'The award went to Sefa Adjei, his sister, on Friday.',
    name: 'Sefa Adjei',
    type: 'Person',
  },
  {
    rule: 'a role word and a comma before the name',
    text: 'The governor left office in May in favour of his chosen successor, Kodwo Mensa.',
    name: 'Kodwo Mensa',
    type: 'Person',
  },
  {
    rule: 'the office run for',
    text: 'The ticket named Ines Varga for president and Tomas Hollo for vice president.',
    name: 'Tomas Hollo',
    type: 'Person',
  },
  {
    rule: 'a family name with a prefix and a second capital, then "he"',
    text: 'The first partner was Tavo McGaugh. He left the firm in 2001.',
    name: 'Tavo McGaugh',
    type: 'Person',
  },
  {
    rule: 'a contracted pronoun ("he\'s")',
    text: "Many read Tavo Kavde, and he's a surgeon too.",
    name: 'Tavo Kavde',
    type: 'Person',
  },
  {
    rule: 'a title in the plural',
    text: 'On Sunday Presidents Obiora Nwafor of Nigeria and Kofi Dede of Ghana signed the deal.',
    name: 'Obiora Nwafor',
    type: 'Person',
  },
  {
    rule: 'a role word and "named", one word',
    text: 'Another man, a young chef named Tvardek, chased him down the street.',
    name: 'Tvardek',
    type: 'Person',
  },
  {
    rule: 'a role word and "called"',
    text: 'A student called Orvane said the doors were locked.',
    name: 'Orvane',
    type: 'Person',
  },
];

describe('person clauses', () => {
  test.each(cases)('$rule: "$text"', (c) => expectEntity(c));

  test.each([
    ['"which", not "who"', 'Shares of Talvane Kessro, which makes pumps, rose.', 'Talvane Kessro'],
    ['"late" without "the"', 'Orders at Halden Vossa ran late Monday.', 'Halden Vossa'],
    ['an office before a name', 'Posters of Derren Vale for President Obama covered the wall.', 'Derren Vale'],
    ['a thing "named", no role word', 'A ferry named Tvardek sank off the coast.', 'Tvardek'],
  ])('no person: %s', (_rule, text, name) => {
    expect(find(extract(text).entities, name)?.type).not.toBe('Person');
  });
});
