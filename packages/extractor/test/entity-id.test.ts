// Entity ids are stable: derived only from the canonical name and type.
import { entityId, extract } from '@kg/extractor';

describe('entityId', () => {
  test.each([
    ['United States', 'Place', 'place:united-states'],
    ['China’s', 'Place', 'place:chinas'],
    ['Société Générale', 'Organization', 'organization:societe-generale'],
    ['  ', 'Concept', 'concept:unnamed'],
  ] as const)('%s (%s) → %s', (name, type, id) => {
    expect(entityId(name, type)).toBe(id);
  });

  test('the same entity gets the same id in two different articles', () => {
    const a = extract('Leaders of the United States met in Geneva.').entities.find((e) => e.name === 'United States');
    const b = extract('Talks with the U.S. stalled. The United States objected.').entities.find(
      (e) => e.name === 'United States',
    );
    expect(a?.id).toBe('place:united-states');
    expect(b?.id).toBe(a?.id);
  });
});
