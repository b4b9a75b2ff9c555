// body-role: an unnamed spokesperson, source or official WORKS_FOR the body that names it; sentences written
// for this test.
import { triplesOf } from './triples-of.js';

describe('body-role', () => {
  test.each([
    [
      'a company',
      'Keldar Corporation opened. Sales rose, a Keldar Corporation spokesperson said.',
      'Keldar Corporation spokesperson WORKS_FOR Keldar Corporation',
    ],
    [
      'a country by its demonym',
      'Denmark waited. A Danish government source said the talks failed.',
      'Danish government source WORKS_FOR Denmark',
    ],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toContain(expected);
  });

  test('no edge when the country is never named', () => {
    expect(triplesOf('A Danish official met Ann Lee.').filter((t) => / WORKS_FOR /.test(t))).toEqual([]);
  });
});
