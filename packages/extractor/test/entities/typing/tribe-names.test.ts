// "Tribe" heads the name of a people's governing body (lexicon/org-words.ts ORG_HEADS), an Organization, even
// after a compass word that would make a region of an unknown name. Sentences written for this test.
import { expectEntity, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'a compass word before a tribe',
    text: 'The Northern Karo Tribe and the Eastern Oda Tribe share the reservation.',
    name: 'Northern Karo Tribe',
    type: 'Organization',
  },
  {
    rule: 'a tribe that meets',
    text: 'Leaders of the Western Tula Tribe met in June.',
    name: 'Western Tula Tribe',
    type: 'Organization',
  },
];

describe('tribe names', () => {
  test.each(cases)('$rule', (c) => expectEntity(c));
});
