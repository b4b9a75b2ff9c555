// Facility names (typing/facility-names.ts): "<Name> <use> Center/Centre" is a site, a Place, when the use word
// says what the grounds are for; other centres stay bodies. Sentences written for this test.
import { expectEntity, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'a launch site',
    text: 'The probe lifted off from the Marlow Space Center on Tuesday.',
    name: 'Marlow Space Center',
    type: 'Place',
  },
  {
    rule: 'British spelling',
    text: 'Fans queued outside the Harbourview Convention Centre in Leeds.',
    name: 'Harbourview Convention Centre',
    type: 'Place',
  },
  {
    rule: 'a shopping centre',
    text: 'Police closed the Westgate Shopping Centre after the blast.',
    name: 'Westgate Shopping Centre',
    type: 'Place',
  },
  {
    rule: 'a detention centre',
    text: 'The men were held at the Ridgeway Detention Center for a week.',
    name: 'Ridgeway Detention Center',
    type: 'Place',
  },
  {
    rule: 'a medical centre is a body',
    text: 'Doctors at the Ridgeway Medical Center treated six people.',
    name: 'Ridgeway Medical Center',
    type: 'Organization',
  },
  {
    rule: 'a research centre is a body',
    text: 'Scientists at the Nordic Aerospace Center said the test failed.',
    name: 'Nordic Aerospace Center',
    type: 'Organization',
  },
];

test.each(cases)('$rule: $text', (c) => expectEntity(c));
