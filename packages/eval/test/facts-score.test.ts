// The printed lines of `kg eval facts`: micro-averaged sums, n/a where a figure has no denominator.
import { formatFactsLine, formatNodesLine, scoreFactsArticle, totalFactsCounts } from '../src/facts-score.js';
import { fact, node, reference, result, triple } from './fixtures.js';

const ref = reference({
  entities: [
    { name: 'Acme', type: 'Organization', aliases: [] },
    { name: 'Beta', type: 'Place', aliases: [] },
  ],
  facts: [fact('f1', 'Acme', 'Beta', { types: ['LOCATED_IN'], key: true }), fact('f2', 'Beta', 'Acme')],
});
const acme = node('Acme');
const beta = node('Beta', 'Place');

test('an article with one right and one wrong edge, no claims on either side', () => {
  const score = scoreFactsArticle(
    ref,
    result([acme, beta], [triple(acme, 'LOCATED_IN', beta, 'is in'), triple(acme, 'OWNS', beta, 'owns')]),
    '',
  );
  expect(formatNodesLine(score)).toBe('nodes P=1.000 R=1.000 type-acc=1.000 split=0');
  expect(formatFactsLine(score)).toBe(
    'facts P=0.500 R=0.500 F1=0.500 key R=1.000 attribution=n/a polarity=1.000 claims P=n/a R=n/a',
  );
});

test('sums over articles before dividing', () => {
  const one = scoreFactsArticle(ref, result([acme, beta], [triple(acme, 'LOCATED_IN', beta, 'is in')]), '');
  const none = scoreFactsArticle(ref, result([]), '');
  const total = totalFactsCounts([one, none]);
  expect(total.facts).toMatchObject({ predicted: 1, correct: 1, facts: 4, found: 1, keyFacts: 2, keyFound: 1 });
  expect(formatFactsLine(total)).toBe(
    'facts P=1.000 R=0.250 F1=0.400 key R=0.500 attribution=n/a polarity=1.000 claims P=n/a R=n/a',
  );
  expect(formatNodesLine(total)).toBe('nodes P=1.000 R=0.500 type-acc=1.000 split=0');
});
