// Named nodes against the entity list: precision of predicted named nodes, recall of named reference
// entities, type accuracy of matched pairs, splits.
import { scoreNamedNodes } from '../src/named-node-scorer.js';
import { referenceMatcher } from '../src/reference-matcher.js';
import { node, reference, result } from './fixtures.js';

const ref = reference({
  entities: [
    { name: 'Acme Corp', type: 'Organization', aliases: ['Acme'] },
    { name: 'Gamma Smith', type: 'Person', aliases: ['Smith'] },
    { name: 'climate change', type: 'Concept', aliases: [] },
  ],
});
const match = referenceMatcher(ref.entities);

test.each([
  [
    'both named entities found, right types',
    [node('Acme'), node('Smith', 'Person')],
    { predicted: 2, predictedMatched: 2, named: 2, namedFound: 2, pairs: 2, pairsTyped: 2, splits: 0 },
  ],
  [
    'a named node not in the list lowers precision',
    [node('Acme'), node('Zeta', 'Person')],
    { predicted: 2, predictedMatched: 1, namedFound: 1 },
  ],
  [
    'Concept, Date and Quantity nodes are not named nodes',
    [node('climate change', 'Concept'), node('2019', 'Date'), node('5', 'Quantity')],
    { predicted: 0, predictedMatched: 0, namedFound: 0 },
  ],
  [
    'a named node matching a reference concept counts for precision',
    [node('climate change')],
    { predicted: 1, predictedMatched: 1, namedFound: 0, pairs: 0 },
  ],
  [
    'a named entity found as a Concept node: recall, not type',
    [node('Acme', 'Concept')],
    { predicted: 0, namedFound: 1, pairs: 1, pairsTyped: 0 },
  ],
  ['a wrong named type', [node('Smith', 'Place')], { namedFound: 1, pairs: 1, pairsTyped: 0 }],
  [
    'two nodes of one entity are a split',
    [node('Acme'), node('Acme Corp')],
    { predictedMatched: 2, namedFound: 1, pairs: 2, splits: 1 },
  ],
])('%s', (_rule, entities, expected) => {
  expect(scoreNamedNodes(ref, result(entities), match).counts).toMatchObject(expected);
});
