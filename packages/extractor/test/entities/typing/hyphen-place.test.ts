// A place word that opens a hyphenated word inside a longer name does not make the name a place, nor a
// place mention of its own.
import { extract } from '@kg/extractor';
import { expectEntity, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'a news agency named after a country',
    text: 'Speaking to Agence France-Presse, the minister said talks would resume.',
    name: 'Agence France-Presse',
    type: 'Organization',
  },
];

describe('hyphenated place words', () => {
  test.each(cases)('$rule', (c) => expectEntity(c));

  test('no place mention of the piece', () => {
    const { entities } = extract('According to Agence France-Presse, the minister resigned on Friday.');
    expect(entities.map((e) => e.name)).not.toContain('France');
  });
});
