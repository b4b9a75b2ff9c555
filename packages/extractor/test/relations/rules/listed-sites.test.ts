// listed-sites: a body's sites named by example ("with destinations including …", "has offices such as …")
// put the body in each place; sentences written for this test.
import { triplesOf } from './triples-of.js';

describe('listed-sites', () => {
  test.each([
    [
      'destinations after "with"',
      'Pell Airways is operating in Europe with destinations including Spain, Greece and Italy.',
      [
        'Pell Airways LOCATED_IN Europe',
        'Pell Airways LOCATED_IN Greece',
        'Pell Airways LOCATED_IN Italy',
        'Pell Airways LOCATED_IN Spain',
      ],
    ],
    [
      'offices a body has',
      'Norfield Holdings has offices such as Leeds and York.',
      ['Norfield Holdings LOCATED_IN Leeds', 'Norfield Holdings LOCATED_IN York'],
    ],
    ['stores a body opened', 'Castor Retail opened stores including Oslo.', ['Castor Retail LOCATED_IN Oslo']],
    ['a person has no sites', 'Ann Cole has offices including Leeds and York.', []],
    ['not a site noun', 'Norfield Holdings has rivals including Castor Mining and Beta Foods.', []],
    ['sites of another verb', 'Norfield Holdings criticised offices such as Leeds.', []],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text).filter((t) => t.includes('LOCATED_IN'))).toEqual(expected);
  });
});
