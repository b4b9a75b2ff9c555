// Fact precision/recall/key recall/attribution/polarity on a small reference written here.
import { scoreFacts } from '../src/fact-scorer.js';
import { referenceMatcher } from '../src/reference-matcher.js';
import { fact, node, reference, result, triple } from './fixtures.js';

const ref = reference({
  entities: [
    { name: 'Acme Corp', type: 'Organization', aliases: ['Acme'] },
    { name: 'Beta Ltd', type: 'Organization', aliases: [] },
    { name: 'Gamma Smith', type: 'Person', aliases: ['Smith'] },
    { name: 'Delta', type: 'Place', aliases: [] },
  ],
  facts: [
    fact('f1', 'Acme Corp', 'Beta Ltd', { types: ['OWNS'], cues: ['acquire'], key: true }),
    fact('f2', 'Gamma Smith', 'Acme Corp', { types: ['LEADS'], cues: ['chief'], key: true }),
    fact('f3', 'Acme Corp', 'Beta Ltd', { types: ['PARTNERS_WITH'], symmetric: true }),
    fact('f4', 'Beta Ltd', 'Delta', { types: ['LOCATED_IN'], attributedTo: 'Gamma Smith', hedged: true }),
    fact('f5', 'Acme Corp', 'Delta', { types: ['CRITICIZES'], negated: true }),
  ],
});
const match = referenceMatcher(ref.entities);
const acme = node('Acme');
const beta = node('Beta Ltd');
const smith = node('Smith', 'Person');
const delta = node('Delta', 'Place');
const profits = node('profits', 'Concept');
const acmeCorp = node('Acme Corp');
const entities = [acme, beta, smith, delta, profits, acmeCorp];

describe('each predicted edge', () => {
  test.each([
    ['a cue in the raw phrase', triple(acme, 'RELATED_TO', beta, 'acquired'), true, ['f1']],
    ['a symmetric fact read backwards', triple(beta, 'PARTNERS_WITH', acme, 'teamed up with'), true, ['f3']],
    ['an end named by an alias', triple(smith, 'LEADS', acme, 'heads'), true, ['f2']],
    ['a non-symmetric fact read backwards', triple(beta, 'OWNS', acme, 'owns'), true, []],
    ['SAYS between two listed entities matches no non-SAYS fact', triple(acme, 'SAYS', beta, 'said'), true, []],
    [
      'an end outside the list: a wrong edge, even with a cue',
      triple(acme, 'RELATED_TO', profits, 'acquired'),
      false,
      [],
    ],
    ['two nodes of one entity: a wrong edge', triple(acme, 'LEADS', acmeCorp, 'chief'), true, []],
  ])('%s', (_rule, t, listed, facts) => {
    const [edge] = scoreFacts(ref, result(entities, [t]), match).details.edges;
    expect({ listed: edge.listed, facts: edge.facts }).toEqual({ listed, facts });
  });
});

test('counts: precision over every predicted edge, recall, key recall, attribution, polarity', () => {
  const triples = [
    triple(acme, 'RELATED_TO', beta, 'acquired'),
    triple(beta, 'PARTNERS_WITH', acme, 'teamed up with'),
    triple(smith, 'LEADS', acme, 'heads'),
    triple(acme, 'SAYS', beta, 'said'),
    triple(acme, 'RELATED_TO', profits, 'acquired'),
    triple(beta, 'LOCATED_IN', delta, 'is based in', { attributedTo: smith.id }),
  ];
  const { counts, details } = scoreFacts(ref, result(entities, triples), match);
  expect(counts).toEqual({
    predicted: 6,
    correct: 4,
    facts: 5,
    found: 4,
    keyFacts: 2,
    keyFound: 2,
    attributed: 1,
    attributionOk: 1,
    polarityOk: 3,
  });
  expect(details.missed.map((f) => f.id)).toEqual(['f5']);
  expect(details.wrongPolarity.map((f) => f.id)).toEqual(['f4']);
});

describe('attribution and polarity of a found fact', () => {
  const f4 = (more: Parameters<typeof triple>[4]) => triple(beta, 'LOCATED_IN', delta, 'in', more);
  test.each([
    ['the speaker named, hedged', [f4({ attributedTo: smith.id, hedged: true })], 1, 1],
    ['no speaker', [f4({ hedged: true })], 0, 1],
    ['another speaker', [f4({ attributedTo: acme.id, hedged: true })], 0, 1],
    ['hedging missed', [f4({ attributedTo: smith.id })], 1, 0],
    ['a wrong negation', [f4({ attributedTo: smith.id, hedged: true, negated: true })], 1, 0],
    ['one of two matching triples right is enough', [f4({}), f4({ attributedTo: smith.id, hedged: true })], 1, 1],
  ])('%s', (_rule, triples, attributionOk, polarityOk) => {
    const { counts } = scoreFacts(ref, result(entities, triples), match);
    expect(counts.found).toBe(1);
    expect(counts.attributed).toBe(1);
    expect({ attributionOk: counts.attributionOk, polarityOk: counts.polarityOk }).toEqual({
      attributionOk,
      polarityOk,
    });
  });
});
