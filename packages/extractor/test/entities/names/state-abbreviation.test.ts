// A US state's abbreviation after a town and a comma (names/state-abbreviation.ts) stands for the state: no node
// "Calif", the state's own node, the town qualified by it, and the town is no speaker. Elsewhere the same words
// are other words. Sentences written for this test.
import { extract } from '@kg/extractor';
import { expectEntity, find, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'an abbreviation with its period after a town',
    text: 'Ann Cole, of Dornville, Calif., said the dam held.',
    name: 'California',
    type: 'Place',
    mentions: ['Calif'],
  },
  {
    rule: "a dateline's",
    text: 'DORNVILLE, Fla. (AP) — The storm reached the coast on Monday.',
    name: 'Florida',
    type: 'Place',
    mentions: ['Fla'],
  },
  {
    rule: 'one with inner periods',
    text: 'Ann Cole, of Dornville, N.Y., said the dam held.',
    name: 'New York',
    type: 'Place',
    mentions: ['N.Y.'],
  },
  {
    rule: 'joining the state the article names in full',
    text: 'Ann Cole, of Dornville, Ore., said the dam held. Floods hit Oregon in May.',
    name: 'Oregon',
    type: 'Place',
    mentions: ['Ore', 'Oregon'],
  },
];

describe('state abbreviations', () => {
  test.each(cases)('$rule: $text', (c) => expectEntity(c));

  test('the town is qualified by the state and the person before it speaks', () => {
    const r = extract('Ann Cole, of Dornville, Calif., said the dam held.');
    const name = (id: string) => r.entities.find((e) => e.id === id)?.name;
    expect(r.claims.map((c) => name(c.speaker))).toEqual(['Ann Cole']);
    expect(r.triples.map((t) => `${name(t.subject)} ${t.predicate.type} ${name(t.object)}`)).toContain(
      'Dornville LOCATED_IN California',
    );
  });

  test.each([
    ['the service of worship', 'The cathedral held Mass on Sunday.', 'Massachusetts'],
    ['a form of address', 'Miss Ann Cole won the prize.', 'Mississippi'],
    ['no period', 'Ann Cole, of Dornville, Wash said nothing.', 'Washington'],
  ])('not a state: %s', (_name, text, state) => {
    expect(find(extract(text).entities, state)).toBeUndefined();
  });
});
