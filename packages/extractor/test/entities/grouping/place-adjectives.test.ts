// Place adjectives (grouping/place-adjectives.ts): an adjective made from a place's name ("Puerto Rican",
// "Middle Eastern", "Sierra Leonean") is no entity of its own; the place itself stays one.
import { extract } from '@kg/extractor';
import { placeAdjectiveOf } from '../../../src/entities/grouping/place-adjectives.js';
import { find } from '../entity-case.js';

describe('place adjectives', () => {
  test.each([
    ['rican', 'rico'],
    ['korean', 'korea'],
    ['eastern', 'east'],
    ['sudanese', 'sudan'],
    ['zealander', 'zealand'],
    ['lankan', 'lanka'],
    ['carolinian', 'carolina'],
    ['guinean', 'guinea'],
  ])('%s is an adjective of %s', (adjective, place) => expect(placeAdjectiveOf(adjective, place)).toBe(true));

  test.each([
    ['rico', 'rico'],
    ['east', 'eastern'],
    ['ricardo', 'rico'],
    ['eastwood', 'east'],
  ])('%s is no adjective of %s', (adjective, place) => expect(placeAdjectiveOf(adjective, place)).toBe(false));

  test.each([
    [
      'Puerto Rican',
      'Puerto Rico',
      'Storms flooded Puerto Rico on Monday. The Puerto Rican government asked for help from Washington.',
    ],
    [
      'Middle Eastern',
      'Middle East',
      'Oil prices rose across the Middle East. Several Middle Eastern airlines cut their flights on Friday.',
    ],
    ['Sierra Leonean', 'Sierra Leone', 'A Sierra Leonean court freed the two reporters on Tuesday.'],
    ['Costa Rican', 'Costa Rica', 'The Costa Rican coffee harvest was smaller than last year.'],
  ])('"%s" is no entity', (adjective, place, text) => {
    const { entities } = extract(text);
    expect(find(entities, adjective)).toBeUndefined();
    if (new RegExp(`\b${place}\b`).test(text)) expect(find(entities, place)?.type).toBe('Place');
  });

  test.each([
    ['a person with a title', 'Senator Ana Rican spoke in Puerto Rico on Monday.', 'Ana Rican'],
    [
      'a name that only starts like the place',
      'Fans of Clint Eastwood gathered in the East on Sunday.',
      'Clint Eastwood',
    ],
  ])('%s stays: %s', (_rule, text, name) => {
    expect(find(extract(text).entities, name)).toBeDefined();
  });
});
