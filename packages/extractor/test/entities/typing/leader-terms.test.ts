// A person's name before a capitalised word for a campaign or a term of office (typing/leader-terms.ts) names
// the team or the government, not the person. Sentences written for this test.
import { extract } from '@kg/extractor';
import { expectEntity, find, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'a campaign',
    text: 'The Nora Kessler Campaign said it raised money.',
    name: 'Nora Kessler Campaign',
    type: 'Organization',
  },
  {
    rule: 'a presidency',
    text: 'The Joe Biden Presidency ended in January.',
    name: 'Joe Biden Presidency',
    type: 'Organization',
  },
  {
    rule: 'a regime',
    text: 'Critics said the Omar Haddad Regime jailed reporters.',
    name: 'Omar Haddad Regime',
    type: 'Organization',
  },
];

describe('leader terms', () => {
  test.each(cases)('$rule: "$text"', (c) => expectEntity(c));

  test.each([['Nora Kessler said the campaign was strong.', 'Nora Kessler']])('the person: "%s"', (text, name) => {
    expect(find(extract(text).entities, name)?.type).toBe('Person');
  });
});
