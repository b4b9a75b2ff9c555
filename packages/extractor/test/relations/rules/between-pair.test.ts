// between-pair: a relation noun with no direction between two parties; sentences written for this test.
import { triplesOf } from './triples-of.js';

describe('between-pair', () => {
  test.each([
    [
      'a collaboration',
      'The collaboration between Pell Group and Castor Mining has grown.',
      ['Pell Group PARTNERS_WITH Castor Mining'],
    ],
    ['talks', 'Talks between Canada and Peru resumed in May.', ['Canada MEETS Peru']],
    ['a rivalry', 'The rivalry between Ann Cole and Bo Lind is old.', ['Ann Cole COMPETES_WITH Bo Lind']],
    ['a directed noun says nothing between two', 'The sanctions between Canada and Peru were lifted.', []],
    ['a place between two is no relation', 'The border between Canada and Peru is long.', []],
    [
      'an agreement makes partners',
      'The agreement between Canada and Peru was signed in May.',
      ['Canada PARTNERS_WITH Peru'],
    ],
    ['a peace agreement is made by foes', 'Ann Cole mediated a peace agreement between Canada and Peru.', []],
    ['so is a ceasefire deal', 'The ceasefire deal between Canada and Peru held.', []],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toEqual(expected);
  });
});
