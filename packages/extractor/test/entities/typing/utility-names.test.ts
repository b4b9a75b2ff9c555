// Utility names (typing/utility-names.ts): a name that ends in what a utility or an industrial firm sells is a
// firm. Sentences written for the test.
import { expectEntity, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'a river before "Water" (the parse reads a place)',
    text: 'Thames Water said on Monday it would raise bills for customers.',
    name: 'Thames Water',
    type: 'Organization',
  },
  {
    rule: 'a region before "Water" (the parse reads a person)',
    text: 'Anglia Water said on Monday it would raise bills for customers.',
    name: 'Anglia Water',
    type: 'Organization',
  },
  {
    rule: 'a place before "Gas"',
    text: 'Kansas Gas raised its prices in Ohio.',
    name: 'Kansas Gas',
    type: 'Organization',
  },
  {
    rule: 'a demonym before "Power"',
    text: 'Customers of Scottish Power complained to Ann Cole.',
    name: 'Scottish Power',
    type: 'Organization',
  },
];

test.each(cases)('$rule: $text', (c) => expectEntity(c));
