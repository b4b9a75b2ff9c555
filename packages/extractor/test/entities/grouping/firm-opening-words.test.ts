// An organisation called by the words its longer name opens with (grouping/firm-opening-words.ts): the short
// name joins the one longer name written before it, unless the lexicon knows it or two longer names share it.
// Sentences written for the test.
import { extract } from '@kg/extractor';
import { expectEntity, find, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'two opening words of a four-word name, which speak',
    text: 'Hackers hit Varn Crest Regional Health on Monday. Varn Crest said it would notify patients.',
    name: 'Varn Crest Regional Health',
    type: 'Organization',
    alias: ['Varn Crest', 'firm-opening-words'],
  },
  {
    rule: 'two opening words of a three-word name',
    text: 'The board of Orvan Tesk Mutual met in May. Orvan Tesk later cut its dividend.',
    name: 'Orvan Tesk Mutual',
    type: 'Organization',
    alias: ['Orvan Tesk', 'firm-opening-words'],
  },
];

test.each(cases)('$rule: $text', (c) => expectEntity(c));

// Guards: these stay apart without the rule too; the rule must not join them.
test.each([
  [
    'two longer names open with the words',
    'Varn Crest Care and Varn Crest Health merged. Varn Crest said jobs would go.',
    'Varn Crest',
  ],
  [
    'a name the lexicon knows',
    'She joined the United Nations Educational office in Paris. The United Nations said it was pleased.',
    'United Nations',
  ],
])('stays apart when %s', (_why, text, name) => {
  const e = find(extract(text).entities, name);
  expect(e).toBeDefined();
  expect(e!.mentions.map((m) => m.text)).toContain(name);
});

test('the short name that speaks is no person', () => {
  const { entities } = extract('Hackers hit Varn Crest Regional Health. Varn Crest said it would notify patients.');
  expect(entities.filter((e) => e.type === 'Person')).toEqual([]);
});
