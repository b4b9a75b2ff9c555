// np-entity.ts: a noun phrase whose head acts for the body named before it ("Norland troops", "Norland's
// government") stands for that body in a subject or object slot; sentences written for this test.
import { triplesOf } from './rules/triples-of.js';

describe('npEntity', () => {
  test.each([
    ['troops act for their country', 'Norland troops attacked Dorn.', ['Norland ATTACKS Dorn']],
    ['so do soldiers, as the agent of a passive', 'Tom Hale was attacked by Dorn soldiers.', ['Dorn ATTACKS Tom Hale']],
    ['and a navy', 'The Norland navy attacked Dorn.', ['Norland ATTACKS Dorn']],
    ['a government, after a possessive', "Norland's government criticized Dorn.", ['Norland CRITICIZES Dorn']],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toEqual(expected);
  });
});
