// credited-with: the one credited with an act does it; sentences written for this test.
import { triplesOf } from './triples-of.js';

describe('credited-with', () => {
  test.each([
    ['a gerund act', 'Tom Hale is credited with founding Acme Corp.', ['Tom Hale FOUNDED Acme Corp']],
    [
      'helping and a bare verb',
      'Ann Cole was credited with helping draft the Ruritanian Charter.',
      ['Ann Cole CREATES Ruritanian Charter'],
    ],
    [
      'active crediting',
      'Historians credit Tom Hale with designing the Harbour Bridge.',
      ['Tom Hale CREATES Harbour Bridge'],
    ],
    ['an untyped act gives nothing', 'Tom Hale is credited with saving Acme Corp.', []],
    ['a negated credit gives nothing', 'Tom Hale was not credited with founding Acme Corp.', []],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toEqual(expected);
  });
});
