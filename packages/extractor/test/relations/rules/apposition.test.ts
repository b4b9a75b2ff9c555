// apposition: a person beside a role phrase; sentences written for this test.
import { triplesOf } from './triples-of.js';

describe('apposition', () => {
  test.each([
    [
      'a nationality names the body',
      'Spain sent envoys. The Spanish foreign minister, Ana Ruiz, joined the talks.',
      'Ana Ruiz WORKS_FOR Spain',
    ],
    [
      'a compass word is part of the nationality',
      'South Korea mourned Kim Min-jun, the South Korean minister for trade, on Monday.',
      'Kim Min-jun WORKS_FOR South Korea',
    ],
    [
      'after a possessor, the possessed role counts',
      "French President Emmanuel Macron's spokesperson, Sibeth Ndiaye, declined to comment.",
      'Sibeth Ndiaye WORKS_FOR Emmanuel Macron',
    ],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toContain(expected);
  });

  test.each([
    [
      'a nationality of a country the article does not name',
      'The Spanish foreign minister, Ana Ruiz, joined the talks.',
    ],
    ['a portfolio is no body', 'Michael Odu, the Information Minister, said the talks failed.'],
    ['"South Korean" is not Korea', 'Korea watchers met Kim Min-jun, the South Korean minister for trade, on Monday.'],
  ])('%s', (_name, text) => {
    expect(triplesOf(text).filter((t) => /WORKS_FOR|LEADS/.test(t))).toEqual([]);
  });
});
