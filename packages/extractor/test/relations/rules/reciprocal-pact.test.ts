// reciprocal-pact: coordinated subjects of a pact or of talks, with no partner phrase, are party to it with one
// another; sentences written for this test.
import { triplesOf } from './triples-of.js';

const pacts = (text: string) => triplesOf(text).filter((t) => / (PARTNERS_WITH|MEETS) /.test(t));

describe('reciprocal-pact', () => {
  test.each([
    [
      'two states sign an agreement',
      'France and Germany signed a trade agreement on Monday.',
      ['France PARTNERS_WITH Germany'],
    ],
    [
      'three states form an alliance',
      'Norway, Sweden and Finland formed an alliance.',
      ['Norway PARTNERS_WITH Finland', 'Norway PARTNERS_WITH Sweden', 'Sweden PARTNERS_WITH Finland'],
    ],
    [
      'firms announce a partnership',
      'Acme Corp and Beta Ltd announced a partnership.',
      ['Acme Corp PARTNERS_WITH Beta Ltd'],
    ],
    ['talks held', 'Russia and Ukraine held talks in Istanbul.', ['Russia MEETS Ukraine']],
    ['people hold talks', 'Ann Cole and Tom Hale held talks in Oslo.', ['Ann Cole MEETS Tom Hale']],
    ['a pact not signed', 'France and Germany did not sign the treaty.', ['France PARTNERS_WITH Germany (negated)']],
    [
      'a partner phrase is read by subject-verb-object',
      'Acme Corp and Beta Ltd signed a deal with Castor Mining.',
      ['Acme Corp PARTNERS_WITH Castor Mining', 'Beta Ltd PARTNERS_WITH Castor Mining'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(pacts(text)).toEqual(expected);
  });

  test.each([
    ['people sign for the parties', 'Ann Cole and Tom Hale signed the agreement.'],
    ['a deal told of before, announced', 'Acme Corp and Beta Ltd announced the deal on Monday.'],
    ['criticised, not made', 'France and Germany criticised the agreement.'],
    ['one subject', 'France signed a trade agreement on Monday.'],
  ])('nothing: %s', (_name, text) => {
    expect(pacts(text)).toEqual([]);
  });
});
