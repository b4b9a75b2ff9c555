// A public service's word before "prefecture" or "district" (typing/service-districts.ts) names the body that
// runs the service, not a territory. Sentences written for this test.
import { extract } from '@kg/extractor';
import { expectEntity, find, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'a police prefecture is the police authority',
    text: 'Two officers of the Lyon Police Prefecture were hurt on Monday.',
    name: 'Lyon Police Prefecture',
    type: 'Organization',
  },
  {
    rule: 'a school district is the school board',
    text: 'The Marlow School District closed its schools after the storm.',
    name: 'Marlow School District',
    type: 'Organization',
  },
];

describe('service districts', () => {
  test.each(cases)('$rule: "$text"', (c) => expectEntity(c));

  test.each([
    ['Flooding hit Union County on Monday.', 'Union County'],
    ['Heavy snow fell in Chiba Prefecture overnight.', 'Chiba Prefecture'],
  ])('a place: "%s"', (text, name) => {
    expect(find(extract(text).entities, name)?.type).toBe('Place');
  });
});
