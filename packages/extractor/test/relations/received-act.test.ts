// receivedAct (received-act.ts), seen through the triples: an act the subject received "from" or (support,
// criticism, nomination) "of" someone is that someone's act on the subject; one only sought gives the verb
// phrase; a held thing "of" someone and acts the subject does keep their direction. Sentences written for this test.
import { triplesOf } from './rules/triples-of.js';

describe('acts received', () => {
  test.each([
    ['won the support of', 'Tom Hale won the support of Acme Corp.', ['Acme Corp SUPPORTS Tom Hale']],
    ['has the backing of', 'Ann Cole has the backing of Norland.', ['Norland SUPPORTS Ann Cole']],
    ['faced criticism from', 'Tom Hale faced criticism from Ann Cole.', ['Ann Cole CRITICIZES Tom Hale']],
    ['received a visit from', 'Tom Hale received a visit from Ann Cole.', ['Ann Cole VISITS Tom Hale']],
    ['received threats from', 'Tom Hale received threats from Acme Corp.', ['Acme Corp THREATENS Tom Hale']],
    ['got approval from', 'Acme Corp got approval from Norland.', ['Norland SUPPORTS Acme Corp']],
    [
      'received an investment from',
      'Acme Corp received an investment from Beta Ltd.',
      ['Beta Ltd INVESTS_IN Acme Corp'],
    ],
    ['a gerund the verb group took in', 'Tom Hale received funding from Acme Corp.', ['Acme Corp INVESTS_IN Tom Hale']],
    ['"got" before a gerund', 'Tom Hale got backing from Acme Corp.', ['Acme Corp SUPPORTS Tom Hale']],
    ['won the nomination of', 'Tom Hale won the nomination of the Labour Party.', ['Labour Party APPOINTS Tom Hale']],
    ['faced sanctions from', 'Acme Corp faced sanctions from Norland.', ['Norland SANCTIONS Acme Corp']],
    [
      'each coordinated giver',
      'Tom Hale received support from Acme Corp and Beta Ltd.',
      ['Acme Corp SUPPORTS Tom Hale', 'Beta Ltd SUPPORTS Tom Hale'],
    ],
  ])('turned: %s', (_name, text, expected) => {
    expect(triplesOf(text)).toEqual(expected);
  });

  test.each([
    [
      'sought the approval of: not given yet',
      'Tom Hale sought the approval of Norland.',
      ['Tom Hale RELATED_TO Norland'],
    ],
    ['courted the backing of', 'Tom Hale courted the backing of Acme Corp.', ['Tom Hale RELATED_TO Acme Corp']],
    ['a request is made to the giver', 'Tom Hale requested support from Acme Corp.', ['Tom Hale URGES Acme Corp']],
    ['the subject gives', 'Acme Corp gave support to Tom Hale.', ['Acme Corp SUPPORTS Tom Hale']],
    ['the subject acts', 'Norland imposed sanctions on Dorn.', ['Norland SANCTIONS Dorn']],
    ['the subject begins the act', 'Acme Corp began funding Tom Hale.', ['Acme Corp INVESTS_IN Tom Hale']],
  ])('kept: %s', (_name, text, expected) => {
    expect(triplesOf(text)).toEqual(expected);
  });
});
