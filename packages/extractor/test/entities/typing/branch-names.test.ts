// Branch names: an organisation's own name before a country's is its branch there, not a place.
import { extract } from '@kg/extractor';
import { expectEntity, find, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: "a broadcaster's capitals before a country",
    text: 'The story was first aired by NRK Sweden on Friday.',
    name: 'NRK Sweden',
    type: 'Organization',
  },
  {
    rule: 'a firm the lexicon knows before a country',
    text: 'Toyota Canada recalled four thousand cars in May.',
    name: 'Toyota Canada',
    type: 'Organization',
  },
  {
    rule: 'a name the article also writes alone as a body',
    text: 'The court ordered Vantoro USA to hand over the ledgers. Lawyers for Vantoro said they would appeal.',
    name: 'Vantoro USA',
    type: 'Organization',
  },
];

describe('branch names', () => {
  test.each(cases)('$rule', (c) => expectEntity(c));

  test.each([
    ['She grew up in Mainland China. Mainland rules apply there.', 'Mainland China'],
    ['Rain fell across Latin America on Monday.', 'Latin America'],
    ['The envoy flew to Kabul Afghanistan on Monday.', 'Kabul Afghanistan'],
  ])('a word describing or inside the country stays a place: "%s"', (text, name) => {
    const e = find(extract(text).entities, name);
    if (e) expect(e.type).toBe('Place');
  });
});
