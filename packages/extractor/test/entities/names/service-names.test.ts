// Emergency services' names coordinated with "and" (names/org-name-joins.ts, names/split-run.ts,
// names/solo-words.ts): "Dunmore Fire and Rescue" is one organisation, a place before it stays inside the
// name, and the ordinary word before "and" ("Fire") gives a headline's opening "Fire" no support as a name.
import { extract } from '@kg/extractor';
import { expectEntity, find, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'two service words joined by "and" after a name word',
    text: 'Crews from Dunmore Fire and Rescue arrived at the warehouse within minutes.',
    name: 'Dunmore Fire and Rescue',
    type: 'Organization',
  },
  {
    rule: 'a known place before the service words',
    text: 'A spokesperson for Dublin Fire and Rescue said the blaze was under control.',
    name: 'Dublin Fire and Rescue',
    type: 'Organization',
  },
  {
    rule: 'the service name opening a sentence',
    text: 'Harlow Fire and Emergency sent four engines to the factory on Sunday.',
    name: 'Harlow Fire and Emergency',
    type: 'Organization',
  },
];

describe('emergency service names', () => {
  test.each(cases)('$rule', (c) => expectEntity(c));

  test('a headline opening with the ordinary word is no name', () => {
    const text =
      'Fire destroys timber yard near Kessel\n\nA fire broke out on Monday. Kessel Fire and Rescue said nobody was hurt.';
    const { entities } = extract(text);
    expect(find(entities, 'Kessel Fire and Rescue')?.type).toBe('Organization');
    expect(find(entities, 'Fire')).toBeUndefined();
  });

  test.each([
    ['two places', 'Flooding hit Leeds and Bradford on Monday.', ['Leeds', 'Bradford']],
    ['two people', 'The award went to Maria Fire and Tom Rescue last year.', ['Maria Fire', 'Tom Rescue']],
  ])('%s stay apart', (_rule, text, names) => {
    const { entities } = extract(text);
    for (const n of names) expect(find(entities, n)).toBeDefined();
  });
});
