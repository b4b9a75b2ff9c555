// A body named after its home place, called by the rest of its name (grouping/place-name-tail.ts); not when
// two bodies share that rest, nor when the words before it are no place (unless the name is a body for its plural). Sentences written for this test.
import { extract } from '@kg/extractor';
import { expectEntity, find, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'a team called by its name without its city',
    text: 'Ann Cole plays for the Denver Comets basketball club. The Comets scored 98 points.',
    name: 'Denver Comets',
    type: 'Organization',
    alias: ['Comets', 'place-name-tail'],
  },
  {
    rule: 'a large city the lexicon does not list as a place, from the cities data',
    text: 'Ann Cole plays for the Oklahoma City Comets basketball club. Before the season began, the Comets traded her.',
    name: 'Oklahoma City Comets',
    type: 'Organization',
    alias: ['Comets', 'place-name-tail'],
  },
  {
    rule: 'a small town before a plural: the name was typed a body for its plural (typing/place-plurals.ts)',
    text: 'Castleford Raiders signed Tom Hale. Raiders coach Ann Cole said he was fast.',
    name: 'Castleford Raiders',
    type: 'Organization',
    alias: ['Raiders', 'place-name-tail'],
  },
  {
    rule: 'also before it',
    text: 'Rovers fans sang all night. Kingsbridge Rovers won the cup on Saturday.',
    name: 'Kingsbridge Rovers',
    type: 'Organization',
    alias: ['Rovers', 'place-name-tail'],
  },
];

describe('place-name tail', () => {
  test.each(cases)('$rule', (c) => expectEntity(c));

  test('two bodies with the same rest of the name: no merge', () => {
    const { entities } = extract(
      'Ann Cole plays for the Denver Comets basketball club. Tom Hale plays for the Boston Comets basketball club. The Comets scored 98 points.',
    );
    expect(find(entities, 'Denver Comets')?.aliases.map((a) => a.text)).not.toContain('Comets');
    expect(find(entities, 'Boston Comets')?.aliases.map((a) => a.text)).not.toContain('Comets');
  });

  test('two bodies typed for their plural: no merge', () => {
    const { entities } = extract('Castleford Raiders beat Ontario Raiders on Sunday. Raiders fans were happy.');
    expect(find(entities, 'Castleford Raiders')?.aliases.map((a) => a.text)).not.toContain('Raiders');
    expect(find(entities, 'Ontario Raiders')?.aliases.map((a) => a.text)).not.toContain('Raiders');
  });
});
