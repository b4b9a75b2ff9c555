// reciprocal-meeting: coordinated subjects of a verb of meeting with no object meet one another; sentences
// written for this test.
import { triplesOf } from './triples-of.js';

const meets = (text: string) => triplesOf(text).filter((t) => / MEETS /.test(t));

describe('reciprocal-meeting', () => {
  test.each([
    [
      'two people met',
      'Angela Merkel and Emmanuel Macron met in Paris on Monday.',
      ['Angela Merkel MEETS Emmanuel Macron'],
    ],
    [
      'three bodies gathered',
      'Acme Corp, Beta Holdings and Gamma Paper gathered in Oslo.',
      ['Acme Corp MEETS Beta Holdings', 'Acme Corp MEETS Gamma Paper', 'Beta Holdings MEETS Gamma Paper'],
    ],
    ['a meeting denied', 'Tom Hale and Ann Cole did not meet in Oslo.', ['Tom Hale MEETS Ann Cole (negated)']],
  ])('%s', (_name, text, expected) => {
    expect(meets(text)).toEqual(expected);
  });

  test.each([
    ['one subject', 'Tom Hale met in Oslo on Monday.'],
    ['a direct object', 'Tom Hale and Ann Cole met their targets in Oslo.'],
    ['a list after a fronted place', 'In Oslo, Tom Hale met with reporters.'],
  ])('nothing: %s', (_name, text) => {
    expect(meets(text)).toEqual([]);
  });
});
