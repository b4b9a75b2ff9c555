// A body named with its country's demonym before its head and with "of" the country after it is one body
// (grouping/demonym-of-form.ts); not when the country differs, nor for a place. Sentences written for this test.
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
];

describe('demonym and "of" forms of a body', () => {
  test.each(cases)('$rule', (c) => expectEntity(c));

  test('another country: no merge', () => {
    const { entities } = extract(
      'Yesterday, the Parliament of Norway voted on the budget. The Swedish Parliament passed its own on Monday.',
    );
    expect(find(entities, 'Parliament of Norway')?.aliases.map((a) => a.text)).not.toContain('Swedish Parliament');
  });
});
