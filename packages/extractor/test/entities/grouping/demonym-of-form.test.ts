// A body named with its country's demonym before its head and with "of" the country after it is one body
// (grouping/demonym-of-form.ts), and so is an organ of state named with its place before it; not when the country
// differs, nor for a place, nor for a body that is no organ of state. Sentences written for this test.
import { extract } from '@kg/extractor';
import { expectEntity, find, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'the demonym form after the "of" form',
    text: 'Yesterday, the Parliament of Norway voted on the budget. The Norwegian Parliament passed it by ten votes.',
    name: 'Parliament of Norway',
    type: 'Organization',
    alias: ['Norwegian Parliament', 'demonym-of-form'],
  },
  {
    rule: 'the demonym form first, with "of the"',
    text: 'Officials said the Dutch Foreign Ministry had summoned the envoy. The Foreign Ministry of the Netherlands declined to comment.',
    name: 'Foreign Ministry of the Netherlands',
    type: 'Organization',
    alias: ['Dutch Foreign Ministry', 'demonym-of-form'],
  },
  {
    rule: "a country's short form before an organ of state",
    text: 'The UK Supreme Court heard the appeal on Monday. The Supreme Court of the United Kingdom ruled on Tuesday.',
    name: 'Supreme Court of the United Kingdom',
    type: 'Organization',
    alias: ['UK Supreme Court', 'demonym-of-form'],
  },
  {
    rule: 'a place name before an organ of state, the "of" form later',
    text: 'The Manitoba Assembly met on Monday. Members of the Assembly of Manitoba voted on the budget.',
    name: 'Assembly of Manitoba',
    type: 'Organization',
    alias: ['Manitoba Assembly', 'demonym-of-form'],
  },
  {
    rule: 'a field before a department, the "of" form opening with its country',
    text: 'The US Department of Fisheries issued new quotas. The Fisheries Department said stocks were low.',
    name: 'US Department of Fisheries',
    type: 'Organization',
    alias: ['Fisheries Department', 'demonym-of-form'],
  },
  {
    rule: 'a field before a department, the "of" form first',
    text: 'The Department of Fisheries issued new quotas. A Fisheries Department spokesman said stocks were low.',
    name: 'Department of Fisheries',
    type: 'Organization',
    alias: ['Fisheries Department', 'demonym-of-form'],
  },
];

describe('demonym and "of" forms of a body', () => {
  test.each(cases)('$rule', (c) => expectEntity(c));

  test('another country: no merge', () => {
    const { entities } = extract(
      'Yesterday, the Parliament of Norway voted on the budget. The Swedish Parliament passed its own on Monday.',
    );
    expect(find(entities, 'Parliament of Norway')?.aliases.map((a) => a.text)).not.toContain('Swedish Parliament');
  });

  test('not a place name before a university: "Washington University" is not the "University of Washington"', () => {
    const { entities } = extract(
      'Washington University and the University of Washington signed a research deal in Seattle on Monday.',
    );
    expect(find(entities, 'Washington University')).toBeDefined();
    expect(find(entities, 'University of Washington')?.aliases.map((a) => a.text)).not.toContain(
      'Washington University',
    );
  });
});
