// place-in-name: an event's or unnamed site's own name opening with a place the article names; sentences
// written for this test.
import { triplesOf } from './triples-of.js';

const located = (text: string) => triplesOf(text).filter((t) => / LOCATED_IN /.test(t));

describe('place-in-name', () => {
  test.each([
    [
      'an unnamed event after its place',
      'Leaders met in Oslo on Monday. The Oslo summit closed with a statement, and the summit was praised.',
      ['Oslo summit LOCATED_IN Oslo'],
    ],
    [
      'an unnamed site after a demonym',
      'A Syrian air base was hit by rockets in Syria. The Syrian air base housed troops, and the base was damaged.',
      ['Syrian air base LOCATED_IN Syria', 'Syrian air base LOCATED_IN Syria'],
    ],
    [
      'a named event',
      'Ann Cole won the Boston Marathon, the first race held in Boston this year.',
      ['Boston Marathon LOCATED_IN Boston'],
    ],
    ['a place dashed to another names a side, not the site', 'Iran and Iraq fought the Iran–Iraq War. Iran lost.', []],
    ['a city named after a place is not in it', 'Kansas City beat Denver. Kansas voted.', []],
    ["a made thing is no place's", 'The Oslo Accords were signed in Oslo.', []],
    ['a first word that is no place gives nothing', 'The Harbour Marathon was held on Monday.', []],
  ])('%s', (_name, text, expected) => {
    expect(located(text)).toEqual(expected);
  });
});
