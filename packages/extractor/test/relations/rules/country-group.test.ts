// country-group: a country's people or forces are PART_OF the country the article names; sentences written
// for this test.
import { triplesOf } from './triples-of.js';

describe('country-group', () => {
  test.each([
    [
      'forces named by the country',
      'U.S. troops left Norway, the United States said.',
      'U.S. troops PART_OF United States',
    ],
    ['officials by a demonym', 'Dutch officials thanked the Netherlands.', 'Dutch officials PART_OF Netherlands'],
    ['citizens', 'Kenya said Kenyan citizens must vote.', 'Kenyan citizens PART_OF Kenya'],
    ['with a modifier', 'Chile said Chilean security forces left.', 'Chilean security forces PART_OF Chile'],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toContain(expected);
  });

  test('the body takes the verb, not the country', () => {
    expect(triplesOf('Kenya was calm. Kenyan troops attacked Somalia on Monday.')).toEqual([
      'Kenyan troops ATTACKS Somalia',
      'Kenyan troops PART_OF Kenya',
    ]);
  });

  test('no edge when the article never names the country', () => {
    expect(triplesOf('Dutch officials met Kenya.').filter((t) => / PART_OF /.test(t))).toEqual([]);
  });
});
