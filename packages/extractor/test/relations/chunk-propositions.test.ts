// Clause propositions: one sentence per construction, with the exact (subject, relation, object, confidence, negated).
import { extract } from '../../src/index.js';

const props = (s: string) =>
  extract(s).propositions.map((p) => [p.subject, p.relation, p.object ?? null, p.confidence, p.negated ?? false]);

describe('clause propositions', () => {
  test.each([
    [
      'subject-verb-object',
      'Mr. Baker found an opening under the house.',
      [['Mr. Baker', 'found', 'an opening under the house', 0.9, false]],
    ],
    [
      'preposition joins the relation; coordinated verb inherits the subject',
      'He served as the first Prime Minister of Australia and became a founding justice.',
      [
        ['He', 'served as', 'the first Prime Minister of Australia', 0.9, false],
        ['He', 'became', 'a founding justice', 0.7, false],
      ],
    ],
    ['negation', 'Xi did not name the US.', [['Xi', 'did not name', 'the US', 0.9, true]]],
    [
      'subject keeps its modifiers',
      'Competition in the sale of complete bikes is heating up too.',
      [['Competition in the sale of complete bikes', 'is heating up', 'too', 0.9, false]],
    ],
    [
      'coordinated verbs share the object',
      'Traders buy and sell large amounts of stocks.',
      [
        ['Traders', 'buy', 'large amounts of stocks', 0.9, false],
        ['Traders', 'sell', 'large amounts of stocks', 0.7, false],
      ],
    ],
    [
      'apposition',
      'Alan, one of the crew, begins to behave strangely.',
      [
        ['Alan', 'begins to behave', 'strangely', 0.9, false],
        ['Alan', 'is', 'one of the crew', 0.6, false],
      ],
    ],
    [
      'relative clause and passive',
      'The firm, which makes chips, was sold to Intel.',
      [
        ['The firm', 'makes', 'chips', 0.8, false],
        ['The firm', 'was sold to', 'Intel', 0.9, false],
      ],
    ],
  ])('%s', (_name, sentence, expected) => {
    expect(props(sentence)).toEqual(expected);
  });

  test('odd text gives no propositions and never throws', () => {
    expect(extract('').propositions).toEqual([]);
    expect(extract('\u0000\u0001 ,,, ;;').propositions).toEqual([]);
  });
});
