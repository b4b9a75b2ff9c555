// A lone participle before a "by" phrase is a passive with its agent ("the bridge, designed by Ann Cole"),
// and a dash or comma description stands for the name before it; sentences written for this test.
import { extract } from '../../src/index.js';
import { triplesOf } from './rules/triples-of.js';

describe('agent participle', () => {
  test.each([
    [
      'set off by commas',
      'The Harbor Bridge, designed by Ann Cole, opened in 1990.',
      ['Ann Cole CREATES Harbor Bridge'],
    ],
    [
      'after the clause’s verb',
      'Tom Hale crossed the Harbor Bridge, designed by Ann Cole.',
      ['Ann Cole CREATES Harbor Bridge', 'Tom Hale RELATED_TO Harbor Bridge'],
    ],
    [
      'a body and its backer',
      'Pell Group, backed by investor Ann Cole, is the first private firm to mine the Moon.',
      ['Ann Cole SUPPORTS Pell Group'],
    ],
    [
      'a description between dashes',
      'MERS — the disease caused by MERS-CoV — spread to Korea.',
      ['MERS-CoV AFFECTS MERS'],
    ],
    [
      'a description after a comma',
      'Tom Hale was poisoned with Zarin, a nerve agent developed by the Soviet Union.',
      ['Soviet Union CREATES Zarin', 'Tom Hale RELATED_TO Zarin'],
    ],
    ['a phrasal verb with "by" is active', 'Germany stood by Israel.', ['Germany SUPPORTS Israel']],
    [
      'a place is never what is directed or written',
      'The jury, led by actress Ann Kestrel, gave the prize to "Dust", a story of farm workers in northern Mexico directed by Tom Hale.',
      [],
    ],
    [
      'after a place in a prepositional phrase: only a guess',
      'Delegates met at a summit in Oslo, overseen by Ann Cole.',
      [],
    ],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toEqual(expected);
  });

  test('a description inside a statement stays the writer’s', () => {
    const r = extract('Ann Cole said that MERS — the disease caused by MERS-CoV — had reached Korea.');
    const caused = r.triples.find((t) => t.predicate.type === 'AFFECTS');
    expect(caused?.attributedTo).toBeUndefined();
  });
});
