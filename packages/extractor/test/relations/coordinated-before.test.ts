// Names coordinated before a subject each get the clause's relations (coordinated-before.ts); sentences
// written for this test.
import { triplesOf } from './rules/triples-of.js';

test.each([
  [
    'a plain list',
    'Chile and Peru recognized Bolivia in May.',
    ['Chile RELATED_TO Bolivia', 'Peru RELATED_TO Bolivia'],
  ],
  [
    'the members of a plural kind noun through "of"',
    'The nations of Chile and Peru recognized Bolivia in May.',
    ['Chile RELATED_TO Bolivia', 'Peru RELATED_TO Bolivia'],
  ],
  [
    'a list opening a reported clause after "that"',
    'Ann Cole said that Tom Hale and Bo Reyes will lead Acme Corp.',
    ['Bo Reyes LEADS Acme Corp @Ann Cole', 'Tom Hale LEADS Acme Corp @Ann Cole'],
  ],
  ['not the owners after a singular role', 'The head of Acme Corp and Beta Holdings praised Tom Hale on Monday.', []],
])('%s', (_name, text, expected) => {
  expect(triplesOf(text)).toEqual(expected);
});
