// Clause propositions: one sentence per construction, with the exact (subject, relation, object, confidence, negated).
import { extract } from '../../src/index.js';

const props = (s: string) => extract(s).propositions.map((p) => [p.subject, p.relation, p.object ?? null, p.confidence, p.negated]);

describe('clause propositions', () => {
  test.each([
    ['subject-verb-object', 'Mr. Baker found an opening under the house.', [['Mr. Baker', 'found', 'an opening under the house', 0.9, false]]],
    [
      'preposition joins the relation; coordinated verb inherits the subject',
      'He served as the first Prime Minister of Australia and became a founding justice.',
      [['He', 'served as', 'the first Prime Minister of Australia', 0.9, false], ['He', 'became', 'a founding justice', 0.7, false]],
    ],
    ['negation', 'Xi did not name the US.', [['Xi', 'did not name', 'the US', 0.9, true]]],
    ['clausal complement', 'Xi said it was clear.', [['Xi', 'said', 'it was clear', 0.8, false], ['it', 'was', 'clear', 0.9, false]]],
  ])('%s', (_name, sentence, expected) => {
    expect(props(sentence)).toEqual(expected);
  });

  test('odd text gives no propositions and never throws', () => {
    expect(extract('').propositions).toEqual([]);
    expect(extract('\u0000\u0001 ,,, ;;').propositions).toEqual([]);
  });
});
