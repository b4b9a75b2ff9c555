// Games dated by their edition are an event ("the 2038 Asian Games"; type-rules.ts event-head), and "the Games"
// alone is that event (merge-rules.ts head-word), or nothing when two such events stand in the article
// (generic-heads.ts); undated, "EB Games" may be a shop. Sentences written for this test.
import { extract } from '@kg/extractor';

const names = (text: string) => extract(text).entities.map((e) => `${e.name} (${e.type})`);

describe('dated games', () => {
  test.each([
    ['a year before the name', 'Dorn will host the 2038 Asian Games.', 'Asian Games (Event)'],
    ['another dated edition', 'Ann Cole swam at the 2032 Olympic Games in May.', 'Olympic Games (Event)'],
    [
      '"the Games" alone is the one event',
      'Dorn will host the 2038 Asian Games. Ann Cole said the Games would be cheap.',
      'Asian Games (Event)',
    ],
  ])('%s', (_name, text, expected) => {
    expect(names(text)).toContain(expected);
  });

  test.each([
    ['undated games are no event by their head', 'Tom Hale sold his shares in Vellor Games.', 'Vellor Games (Event)'],
    [
      '"the Games" with two such events names neither',
      'Dorn will host the 2038 Asian Games and the 2040 Pacific Games. Ann Cole said the Games would be cheap.',
      'Games (Organization)',
    ],
  ])('%s', (_name, text, absent) => {
    expect(names(text)).not.toContain(absent);
  });
});
