// The gold scorer on a small hand-made reference: entity matching, violations, relation matching
// (direct, *_contains, subject_alt, 2-hop) and predicate head words.
import { formatGoldScore, normaliseName, predicateMatches, scoreGold, type GoldReference } from '../src/gold-scorer.js';
import { node as e, result, triple as t } from './fixtures.js';

const xi = e('Xi Jinping', 'Person');
const xiShort = e('Xi', 'Person');
const us = e('US', 'Place');
const firms = e('Chinese chip firms', 'Concept');
const huawei = e('Huawei', 'Organization');
const april = e('April', 'Person');
const share = e('Share', 'Organization');
const innovation = e('innovation', 'Concept');

const reference: GoldReference = {
  entities: [
    { name: 'Xi Jinping', type: 'Person', aliases: ['Xi', 'he'] },
    { name: 'United States', type: 'Place', aliases: ['US', 'U.S.'] },
    { name: 'Huawei', type: 'Organization' },
    { name: 'Beijing', type: 'Place' },
  ],
  not_entities: ['Share'],
  not_types: [{ name: 'April', type: 'Person' }],
  relations: [
    { id: 'sanctions', core: true, subject: 'United States', object_contains: 'chip firms', predicates: ['sanction'] },
    { id: 'two-hop', core: true, subject: 'United States', object: 'Huawei', predicates: ['sanction'], max_hops: 2 },
    { id: 'direct-only', core: false, subject: 'United States', object: 'Huawei', predicates: ['sanction'] },
    { id: 'speech', core: false, subject: 'Xi Jinping', object: 'innovation', predicates: ['speak', 'mention'] },
  ],
};

describe('gold scorer', () => {
  test.each([
    ['China’s', 'china'],
    ['"United States."', 'united states'],
    ['US,', 'us'],
  ])('normaliseName(%p) = %p', (a, b) => expect(normaliseName(a)).toBe(b));

  test('predicate head words match as word prefixes of type, lemma or text', () => {
    expect(predicateMatches(t(us, 'SANCTIONS', firms, 'has threatened to expand sanctions on'), ['sanction'])).toBe(
      true,
    );
    expect(predicateMatches(t(us, 'BLOCKS', firms), ['sanction'])).toBe(false);
    expect(predicateMatches(t(us, 'UNSANCTIONED', firms, 'x'), ['sanction'])).toBe(false);
    expect(predicateMatches(t(us, 'SANCTIONS_ON', firms, 'x'), ['sanction'])).toBe(true);
  });

  test('entities, violations and relations', () => {
    const s = scoreGold(
      reference,
      result(
        [xi, xiShort, us, firms, huawei, april, share, innovation],
        [
          t(us, 'SANCTIONS', firms, 'expand sanctions on'),
          t(firms, 'LINKED_TO', huawei),
          t(xi, 'MENTIONS', innovation),
        ],
      ),
    );
    expect(s.entitiesFound).toBe(3);
    expect(s.missingEntities).toEqual(['Beijing']);
    expect(s.violations).toEqual([
      'missed merge: "Xi Jinping" and "Xi" are both "Xi Jinping"',
      'not an entity: "Share" (Organization)',
      'wrong type: "April" as Person',
    ]);
    expect(s.missingRelations).toEqual(['direct-only']);
    expect([s.relationsFound, s.coreFound, s.coreTotal]).toEqual([3, 2, 2]);
    expect(formatGoldScore(s)).toBe('entities R=0.750 (3/4) relations R=0.750 (3/4) core R=1.000 (2/2) violations=3');
  });

  test('direction matters and no triples means zero relation recall', () => {
    const s = scoreGold(reference, result([xi, us, firms, huawei], [t(firms, 'SANCTIONS', us)]));
    expect(s.relationsFound).toBe(0);
    expect(s.violations).toEqual([]);
  });
});
