// One name written with another form of one of its words (grouping/word-forms.ts): a compass word as noun or
// adjective, an organisation word in the plural after coordinated names.
import { extract } from '@kg/extractor';
import { expectEntity, find, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'a compass noun for the compass adjective of a region',
    text: 'Storms battered the Western Pacific on Monday. Ships in the West Pacific were told to stay in port.',
    name: 'Western Pacific',
    type: 'Place',
    alias: ['West Pacific', 'compass-form'],
  },
  {
    rule: 'a plural organisation word shared by two coordinated names',
    text: 'The Green Party gained seats. The Labour and Green Parties will meet on Monday.',
    name: 'Green Party',
    type: 'Organization',
    alias: ['Green Parties', 'plural-head'],
  },
  {
    rule: 'a body called by its members, first words left out',
    text: 'Officers of the State Border Guard Service stopped the car. The Border Guards said it was stolen.',
    name: 'State Border Guard Service',
    type: 'Organization',
    alias: ['Border Guards', 'member-plural'],
  },
  {
    rule: 'a body called by its members, before "Force"',
    text: 'He trained with the Northern Ranger Force in Ottawa. Later the Northern Rangers marched to Quebec.',
    name: 'Northern Ranger Force',
    type: 'Organization',
    alias: ['Northern Rangers', 'member-plural'],
  },
];

describe('word forms', () => {
  test.each(cases)('$rule', (c) => expectEntity(c));

  test.each([
    [
      'a country and a region',
      'South Africa and Southern Africa',
      'Trade grew in South Africa. Drought hit Southern Africa in May.',
    ],
  ])('%s stay two places (%s)', (_rule, _names, text) => {
    const { entities } = extract(text);
    expect(find(entities, 'South Africa')).toBeDefined();
    expect(find(entities, 'Southern Africa')).toBeDefined();
  });

  test('members of a body that a foundation helps are not the foundation', () => {
    const { entities } = extract('The Green Beret Foundation raised money. Two Green Berets died in May.');
    expect(find(entities, 'Green Beret Foundation')?.aliases).toEqual([]);
  });
});
