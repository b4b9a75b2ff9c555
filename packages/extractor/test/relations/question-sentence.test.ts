// Questions assert nothing (question-sentence.ts): no event edge from a question or a quoted question;
// descriptions inside one still hold. Sentences written for this test.
import { triplesOf } from './rules/triples-of.js';

describe('questions make no event edges', () => {
  test.each([
    ['a yes/no question', 'Did Acme Corp buy Beta Holdings last year?', []],
    ['a wh-question', 'Why did Acme Corp sue Beta Holdings in March?', []],
    ['a question closed by a bracket', 'Will Castor Mining leave Peru (and when)?', []],
    ['a quoted question before its asker', '"Will Acme Corp buy Beta Holdings?" asked Tom Hale.', []],
    ['a quoted question after its asker', 'Tom Hale asked: "Will Acme Corp buy Beta Holdings?"', []],
    [
      'a title inside a question still names the employer',
      'Did US Secretary of State Ann Cole resign?',
      ['Ann Cole WORKS_FOR United States'],
    ],
    [
      'a quoted statement is still read (and attributed)',
      '"Acme Corp will buy Beta Holdings," said Tom Hale.',
      ['Acme Corp ACQUIRES Beta Holdings @Tom Hale'],
    ],
    ['a statement is still read', 'Acme Corp bought Beta Holdings last year.', ['Acme Corp ACQUIRES Beta Holdings']],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toEqual(expected);
  });
});
