// What the objects of a verb are: a bare time word after the verb is no object; sentences written for this
// test, read through the triples they give.
import { triplesOf } from './rules/triples-of.js';

describe('objectsOf', () => {
  test.each([
    [
      'a bare time word after the verb is when, not an object',
      'Tom Baxter died yesterday in Leeds, the city of his birth.',
      'Tom Baxter LOCATED_IN Leeds',
      undefined,
    ],
    [
      'a capitalised word that is no weekday stays an object',
      'Ann Verhoeven described Day to the Daily Post in 2002.',
      undefined,
      'Ann Verhoeven MENTIONS Daily Post',
    ],
  ])('%s', (_name, text, present, absent) => {
    const got = triplesOf(text);
    if (present) expect(got).toContain(present);
    if (absent) expect(got).not.toContain(absent);
  });
});
