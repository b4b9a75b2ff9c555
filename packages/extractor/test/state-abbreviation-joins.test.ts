// A US state's abbreviation that is also a word ("Wash.", "Mass.", "Ore.") ends no sentence when what follows
// cannot open one: a dateline keeps its agency and a town its clause. Sentences written for this test.
import { extract } from '../src/index.js';
import { joinStateAbbreviations } from '../src/state-abbreviation-joins.js';

const sentences = (text: string) => extract(text).sentences.map((s) => s.text);

describe('joinStateAbbreviations', () => {
  test.each([
    ["a dateline's agency in brackets", 'SEATTLE, Wash. (AP) — Growers said the frost was over.', 1],
    ['a lower-case word after the state', 'Ann Cole moved to Worcester, Mass. last year and opened a bakery.', 1],
    ['a dash after the state', 'SALEM, Ore. — Growers said the frost was over.', 1],
    ['a capitalised sentence after the state', 'Ann Cole lives in Salem, Ore. She grows pears.', 2],
  ])('%s', (_name, text, count) => {
    expect(sentences(text)).toHaveLength(count);
  });

  test('the dateline names its town and state, and no agency as a place', () => {
    const names = extract('SPOKANE, Wash. (AP) — Growers said on Monday the frost was over.').entities.map(
      (e) => `${e.name}:${e.type}`,
    );
    expect(names).toEqual(expect.arrayContaining(['Spokane:Place', 'Washington:Place']));
    expect(names.filter((n) => /^ap:/i.test(n))).toEqual([]);
  });

  test.each([
    [
      'a bracket after a state',
      ['SEATTLE, Wash. ', '(AP) — Growers said so.'],
      ['SEATTLE, Wash. (AP) — Growers said so.'],
    ],
    [
      'a capital after a state',
      ['He lives in Salem, Ore. ', 'He said so.'],
      ['He lives in Salem, Ore. ', 'He said so.'],
    ],
    ['no town before the word', ['They had to wash. ', '(It rained.)'], ['They had to wash. ', '(It rained.)']],
    ['a word that is no state', ['They met in Dorn, Fred. ', 'later on.'], ['They met in Dorn, Fred. ', 'later on.']],
  ])('pieces: %s', (_name, pieces, expected) => {
    expect(joinStateAbbreviations(pieces)).toEqual(expected);
  });
});
