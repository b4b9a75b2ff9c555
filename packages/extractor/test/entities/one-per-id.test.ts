// onePerId: an article's result holds one entity per id, however two groups came to the same canonical name
// and type. Sentences written for this test, and a table of hand-made entities for the fold itself.
import { extract } from '@kg/extractor';
import { onePerId } from '../../src/entities/one-per-id.js';
import type { Entity } from '../../src/types.js';

describe('one entity per id in extract()', () => {
  test.each([
    [
      "a state noun before the country's short name",
      'The British government said it would go. The UK will leave.',
      'place:united-kingdom',
    ],
    [
      'two short names of one country',
      'The USA won the final in Dorn. The US lost the semi-final.',
      'place:united-states',
    ],
    [
      'a hyphened and a spaced spelling',
      'Acme sold Vesta-QA to Pell Group. Vesta QA is a test suite.',
      'organization:vesta-qa',
    ],
  ])('%s', (_name, text, id) => {
    const ids = extract(text).entities.map((e) => e.id);
    expect(ids.filter((x) => x === id)).toHaveLength(1);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

const mention = (start: number, text: string, kind: 'name' | 'alias' = 'name') => ({
  sentence: 0,
  start,
  end: start + text.length,
  text,
  kind,
});

describe('onePerId', () => {
  test('the later entity folds into the first: mentions, its name as an alias, strength', () => {
    const a: Entity = { id: 'place:uk', name: 'UK', type: 'Place', aliases: [], mentions: [mention(20, 'UK')] };
    const b: Entity = {
      id: 'place:uk',
      name: 'U.K.',
      type: 'Place',
      strong: true,
      aliases: [{ text: 'British government', rule: 'demonym' }],
      mentions: [mention(0, 'U.K.'), mention(20, 'UK')],
    };
    const [one, ...rest] = onePerId([a, b]);
    expect(rest).toEqual([]);
    expect(one.mentions.map((m) => `${m.start}:${m.text}:${m.kind}`)).toEqual(['0:U.K.:alias', '20:UK:name']);
    expect(one.aliases).toEqual([
      { text: 'U.K.', rule: 'same-id' },
      { text: 'British government', rule: 'demonym' },
    ]);
    expect(one.strong).toBe(true);
  });

  test('distinct ids are left as they are, in order', () => {
    const a: Entity = { id: 'place:a', name: 'A', type: 'Place', aliases: [], mentions: [] };
    const b: Entity = { id: 'place:b', name: 'B', type: 'Place', aliases: [], mentions: [] };
    expect(onePerId([a, b])).toEqual([a, b]);
  });
});
