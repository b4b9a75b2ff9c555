// inclusion: "X, including Y" makes Y PART_OF X; sentences written for this test.
import { triplesOf } from './triples-of.js';

describe('inclusion', () => {
  test.each([
    ['a member of a body', 'The Nordic Council, including Finland, met in Oslo.', ['Finland PART_OF Nordic Council']],
    ['a role towards the whole names no member', 'Acme Group sued Beta Group, including its director Tom Hale.', []],
    ['a role towards others names no member', 'The Harbour Party, including their leader Ann Cole, met.', []],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text).filter((t) => / PART_OF /.test(t))).toEqual(expected);
  });
});
