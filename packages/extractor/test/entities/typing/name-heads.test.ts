// Type rules on a name's own words (typing/type-rules.ts): a portfolio ending in "Affairs" is a body, not a
// place; capital letters before a country name a broadcaster's or agency's branch there.
import { expectEntity, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'a portfolio ending in "Affairs"',
    text: 'Tomas Reyes, the minister for East African Affairs, died in Juba.',
    name: 'East African Affairs',
    type: 'Organization',
  },
  {
    rule: 'capital letters before a country',
    text: 'According to a report from NTV Kenya on Monday, shops were closed.',
    name: 'NTV Kenya',
    type: 'Organization',
  },
];

test.each(cases)('$rule: $text', (c) => expectEntity(c));
