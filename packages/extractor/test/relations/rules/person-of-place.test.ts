// person-of-place: "<title> <Person> of/from <Place>"; sentences written for this test.
import { extract } from '../../../src/index.js';
import { triplesOf } from './triples-of.js';

const tied = (text: string) =>
  triplesOf(text).filter((t) => /(LEADS|WORKS_FOR|LOCATED_IN) (Chile|Peru|Ohio|Utah|Leeds)$/.test(t));

describe('person-of-place', () => {
  test.each([
    ['a head of state leads', 'President Ana Rojas of Chile opened the bridge.', ['Ana Rojas LEADS Chile']],
    [
      'a minister works for the country',
      'Foreign Minister Tomas Vidal of Peru spoke on Monday.',
      ['Tomas Vidal WORKS_FOR Peru'],
    ],
    ['a senator holds a seat there', 'Senator Tom Hart of Ohio voted no.', ['Tom Hart LOCATED_IN Ohio']],
    ['a seat "from" the state', 'Senator Tom Hart from Ohio voted no.', ['Tom Hart LOCATED_IN Ohio']],
    [
      'no title: where the person is from',
      'Yesterday, Ana Rojas of Chile won the race.',
      ['Ana Rojas LOCATED_IN Chile'],
    ],
    [
      "a list shares its first person's title",
      'The bill came from Senators Tom Hart of Ohio, Ann Lowe of Utah, and Ben Hale of Peru.',
      ['Ann Lowe LOCATED_IN Utah', 'Ben Hale LOCATED_IN Peru', 'Tom Hart LOCATED_IN Ohio'],
    ],
    [
      "a post in a body named before the title is not the place's",
      'Party committee chairman Tom Hart of Ohio agreed.',
      ['Tom Hart LOCATED_IN Ohio'],
    ],
    [
      'a private profession is only where one works',
      'Lawyer Ann Lowe of Leeds objected.',
      ['Ann Lowe LOCATED_IN Leeds'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(tied(text)).toEqual(expected);
  });

  test.each([
    ['a move "from" a place', 'Police expelled Tom Hart from Peru on Monday.'],
    ['"from" without a seat', 'Ann Lowe from Leeds laughed.'],
    ['a place that opens a longer name', 'Tom Hart of the Ohio Department of Health spoke.'],
    ["a place's possession", "Ann Lowe of Chile's Senate spoke."],
  ])('no edge: %s', (_name, text) => {
    expect(tied(text)).toEqual([]);
  });

  test.each([
    [
      'a day before the title',
      'The leaders met where on Sunday Presidents Ann Cole of Chile and Tom Hale of Peru signed it.',
      'Presidents Ann Cole of Chile',
    ],
    ['no day', 'The leaders met where President Ann Cole of Chile signed it.', 'President Ann Cole of Chile'],
  ])('the text is the title: %s', (_name, text, expected) => {
    const texts = extract(text)
      .triples.filter((t) => t.rule === 'person-of-place')
      .map((t) => t.predicate.text);
    expect(texts[0]).toBe(expected);
  });
});
