// group-plural (typing/type-rules.ts): a plural of a people's noun names a group of people, typed Person as a
// plural demonym is, whether or not a country's adjective spells it (lexicon/demonyms.ts PEOPLE_NOUNS).
import { expectEntity, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'a people no adjective spells',
    text: 'Most Swedes voted against the plan on Sunday.',
    name: 'Swedes',
    type: 'Person',
  },
  {
    rule: 'a city people',
    text: 'Thousands of Hongkongers marched to the court on Monday.',
    name: 'Hongkongers',
    type: 'Person',
  },
  {
    rule: 'a continent people',
    text: 'Many Europeans travelled less in May, the survey found.',
    name: 'Europeans',
    type: 'Person',
  },
  {
    rule: 'a plural demonym, as before',
    text: 'Many Iranians queued for fuel in Tehran on Friday.',
    name: 'Iranians',
    type: 'Person',
  },
];

describe('groups of people by origin or faith', () => {
  test.each(cases)('$rule', (c) => expectEntity(c));
});
