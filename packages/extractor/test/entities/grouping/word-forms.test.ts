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
});
