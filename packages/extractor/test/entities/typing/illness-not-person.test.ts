// What one is diagnosed with or suffers from (typing/person-cues.ts) is no person, even when a personal pronoun
// follows it: the name stays for the disease cues to type as an illness. Sentences written for this test.
import { expectEntity, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'diagnosed with, then "She"',
    text: 'In 2016, she was diagnosed with Multiple Sclerosis. She is a painter now.',
    name: 'Multiple Sclerosis',
    type: 'Concept',
  },
  {
    rule: 'diagnosed with, then "He"',
    text: 'Last year he was diagnosed with Crohn Disease. He still runs every day.',
    name: 'Crohn Disease',
    type: 'Concept',
  },
];

describe('an illness is no person', () => {
  test.each(cases)('$rule', (c) => expectEntity(c));
});
