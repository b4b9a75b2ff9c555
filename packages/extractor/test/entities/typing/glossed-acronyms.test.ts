// Acronyms spelt out as a kind of place (typing/glossed-acronyms.ts): a name ending in one is a Place; one spelt
// out in lower case is a Concept; an acronym spelt out as a body stays an organisation. Sentences written for
// this test.
import { expectEntity, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'a zone',
    text: 'The treaty set an exclusive economic zone (EEZ) for each state. Boats entered the Maltese EEZ on Friday.',
    name: 'Maltese EEZ',
    type: 'Place',
  },
  {
    rule: 'a region',
    text: 'Macau is a Special Administrative Region (SAR) of China. Ferries to the Macau SAR stopped.',
    name: 'Macau SAR',
    type: 'Place',
  },
  {
    rule: 'a zone spelt in lower case, with a hyphen',
    text: 'Troops patrol the de-militarized zone (DMZ) between the two states. Two soldiers crossed the Korean DMZ.',
    name: 'Korean DMZ',
    type: 'Place',
  },
  {
    rule: 'a lower-case gloss whose "and" spells no letter is a concept too',
    text: 'Funds go to children with special educational needs and disabilities (SEND). SEND transport costs rose.',
    name: 'SEND',
    type: 'Concept',
  },
  {
    rule: 'an acronym spelt out in lower case is a common noun',
    text: 'The invention, a liquid-entrenched smooth surface (LESS) coating, was sprayed on tiles. LESS repels water.',
    name: 'LESS',
    type: 'Concept',
  },
  {
    rule: 'also one the parse took for a name',
    text: 'Dorn tested a rapid antigen screen (RAS) in May. The RAS worked.',
    name: 'RAS',
    type: 'Concept',
  },
  {
    rule: 'a body stays a body',
    text: 'The Baltic Fishing Agency (BFA) met on Monday. The Latvian BFA office closed.',
    name: 'Latvian BFA',
    type: 'Organization',
  },
];

test.each(cases)('$rule: $text', (c) => expectEntity(c));
