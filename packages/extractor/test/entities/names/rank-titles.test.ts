// Rank titles (lexicon/titles.ts): a police or military rank before a name is a title, kept off the name and
// evidence that the name is a person's.
import { extract } from '@kg/extractor';
import { expectEntity, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'a two-word rank ending in "Constable"',
    text: 'In Ontario, provincial police Detective Constable Ivo Brandt told reporters the border was closed.',
    name: 'Ivo Brandt',
    type: 'Person',
  },
  {
    rule: '"Constable" alone before a name',
    text: 'Constable Mara Lindqvist said the road was reopened.',
    name: 'Mara Lindqvist',
    type: 'Person',
  },
];

describe('rank titles', () => {
  test.each(cases)('$rule', (c) => expectEntity(c));

  test('the rank is no part of any name', () => {
    const names = extract(cases[0].text).entities.map((e) => e.name);
    expect(names.filter((n) => /Constable/.test(n))).toEqual([]);
  });
});
