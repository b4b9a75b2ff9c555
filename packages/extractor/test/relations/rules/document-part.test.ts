// document-part: a named provision of a named document is part of it; sentences written for this test.
import { triplesOf } from './triples-of.js';

describe('document-part', () => {
  test.each([
    [
      'a clause of a charter',
      'The court cited the Equal Rights Clause of the Harbour Charter.',
      ['Equal Rights Clause PART_OF Harbour Charter'],
    ],
    [
      'an amendment to a constitution',
      'Critics said the law broke the Fifth Amendment to the Norland Constitution.',
      ['Fifth Amendment PART_OF Norland Constitution'],
    ],
    ['a lower-case amendment is only proposed', 'Ann Cole proposed an amendment to the Norland Constitution.', []],
    ['a body, not a provision', 'Tom Hale met the Bank of Norland on Monday.', []],
    ['the document owns something else', "Ann Cole read the Fair Trade Clause of the Harbour Treaty's annex.", []],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text).filter((t) => t.includes('PART_OF'))).toEqual(expected);
  });
});
