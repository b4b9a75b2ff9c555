// Person cues: a weakly typed personal-looking name becomes a Person when it has what only a person has.
import { extract } from '@kg/extractor';
import { expectEntity, find, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'a role played',
    text: 'The robot was nicknamed "Ripley" for Delphine Arkwright\'s character in the film.',
    name: 'Delphine Arkwright',
    type: 'Person',
  },
  {
    rule: 'kin',
    text: "Reporters waited outside. Bryn Tirion's husband spoke to them on Monday.",
    name: 'Bryn Tirion',
    type: 'Person',
  },
];

describe('person cues', () => {
  test.each(cases)('$rule', (c) => expectEntity(c));

  test("an organisation's shareholders make no person", () => {
    const e = find(
      extract("Investors sold shares. Talvane Industries' shareholders met on Monday.").entities,
      'Talvane Industries',
    );
    expect(e?.type).not.toBe('Person');
  });
});
