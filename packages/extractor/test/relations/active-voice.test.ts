// A typed passive turned round keeps its words in the active voice (relations/active-voice.ts): the phrase
// under the arrow Agent → Patient reads as the agent's act. Sentences written for this test.
import { phrasesOf as phrases } from './rules/triples-of.js';

test.each([
  ['Beta Ltd was acquired by Acme Corp in 2019.', 'Acme Corp ACQUIRES "acquired" Beta Ltd'],
  ['Beta Ltd is currently owned by Acme Corp.', 'Acme Corp OWNS "currently owns" Beta Ltd'],
  ['Tom Hale was chosen by Ann Cole as her deputy.', 'Ann Cole APPOINTS "chose" Tom Hale'],
  ['Tom Hale was being investigated by Acme Corp.', 'Acme Corp INVESTIGATES "was investigating" Tom Hale'],
  ['Tom Hale has been described by Ann Cole as a friend.', 'Ann Cole MENTIONS "has described" Tom Hale'],
  ['Norland was condemned in a joint statement by Dorn.', 'Dorn CRITICIZES "condemned in a joint statement" Norland'],
  ['Beta Ltd could be acquired by Acme Corp.', 'Acme Corp ACQUIRES "could acquire" Beta Ltd'],
  ['Beta Ltd was not acquired by Acme Corp.', 'Acme Corp ACQUIRES "did not acquire" Beta Ltd'],
  // An untyped edge keeps the sentence's order, and its words (guard).
  ['Tom Hale is survived by Ann Cole.', 'Tom Hale RELATED_TO "is survived by" Ann Cole'],
])('%s → %s', (text, expected) => {
  expect(phrases(text)).toContain(expected);
});
