// singular-kind-noun.ts: after "a/an" and a name, a base-form word the parse reads as a verb ("jet") heads the
// noun phrase; sentences written for this test.
import { triplesOf } from './rules/triples-of.js';

describe('singularKindNoun', () => {
  test.each([
    [
      'the kind noun after a product name, before an aside',
      'A Boeing 737 jet, owned by Acme Corp, crashed in Oslo.',
      ['Boeing 737 LOCATED_IN Oslo'],
    ],
    ["an owner's jet is not its owner", 'An Acme Corp jet crashed in Oslo.', []],
    [
      'a past verb after the kind noun stays the verb',
      'A Boeing 737 jet landed in Oslo.',
      ['Boeing 737 LOCATED_IN Oslo'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toEqual(expected);
  });
});
