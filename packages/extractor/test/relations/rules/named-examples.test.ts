// named-examples: the named examples of an unnamed object are objects of the verb; sentences written for
// this test.
import { triplesOf } from './triples-of.js';

describe('named-examples', () => {
  test.each([
    [
      '"such as" after the object',
      'The United States has urged allies such as Germany and France to ban Mahan Air.',
      ['United States URGES France', 'United States URGES Germany'],
    ],
    [
      '", including" after the object',
      'The Lagos State Police Command detained eight people, including Ada Obi, on Monday.',
      ['Lagos State Police Command ARRESTS Ada Obi'],
    ],
    [
      'people examples after an unnamed modifier',
      'Peruvian police detained eight people for "spreading rumors," including doctor Ada Obi.',
      ['Peruvian police ARRESTS Ada Obi'],
    ],
    [
      'people examples after a time and a scene',
      'Peru arrested four journalists in the raid on Monday, including Tom Hale.',
      ['Peru ARRESTS Tom Hale'],
    ],
  ])('%s', (_name, text, expected) => {
    const got = triplesOf(text);
    for (const e of expected) expect(got).toContain(e);
  });

  test.each([
    ['a bare verb says nothing more', 'Ann Cole saw cities such as Oslo and Bergen.'],
    ['a named object keeps its own examples', 'Acme Group sued Beta Group, including its director Tom Hale.'],
    ['examples of a prepositional object are not objects', 'Iran issued warrants for 36 people, including Tom Hale.'],
    ['a named place in between may own the examples', 'Peru arrested four journalists in Lima, including Tom Hale.'],
    ['examples of people are people', 'Acme Group praised 36 officials on Monday, including Castor Mining and Oslo.'],
  ])('no edge to the examples: %s', (_name, text) => {
    expect(triplesOf(text).filter((t) => /(Oslo|Bergen|Tom Hale|Castor Mining)$/.test(t))).toEqual([]);
  });
});
