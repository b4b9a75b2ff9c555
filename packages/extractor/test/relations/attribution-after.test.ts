// attribution-after.ts: a statement before its attribution, the attribution closing the sentence but for the one
// told and phrases of when or where; sentences written for this test. Each line is "Speaker [verb]: content".
import { speechOf as speech } from './speech-of.js';

describe('attribution after the statement', () => {
  test.each([
    [
      'an attribution after the statement, with the one told',
      'Acme Corp bought Beta Ltd, Ann Cole told Tom Hale.',
      'Ann Cole [tell]: Acme Corp bought Beta Ltd',
    ],
    [
      'an attribution after the statement, with where and when it was said',
      'Acme Corp bought Beta Ltd, Ann Cole said in a statement on Monday.',
      'Ann Cole [say]: Acme Corp bought Beta Ltd',
    ],
    [
      'a subordinate clause before a main clause, both said (guard)',
      'While Acme Corp grew, Beta Ltd shrank, Ann Cole said.',
      'Ann Cole [say]: While Acme Corp grew, Beta Ltd shrank',
    ],
    [
      'the attribution closes its clause before ", and" and the writer\'s next clause',
      'Acme Corp bought Beta Ltd, Ann Cole said on Monday, and Tom Hale promised to respond.',
      'Ann Cole [say]: Acme Corp bought Beta Ltd',
    ],
    [
      'so before ", but"',
      'Acme Corp bought Beta Ltd, Ann Cole said in a statement, but Tom Hale denied it.',
      'Ann Cole [say]: Acme Corp bought Beta Ltd',
    ],
    [
      "so before a participle's phrase set off by a comma",
      'The city will close the old bridge in May, Ann Cole said on Monday, bringing the work forward by a year.',
      'Ann Cole [say]: The city will close the old bridge in May',
    ],
    [
      'and before a participle of saying, which says its own part',
      'The bridge will cost more, Ann Cole said, adding that the work was late.',
      'Ann Cole [add]: the work was late',
    ],
  ])('%s', (_name, text, expected) => {
    expect(speech(text)).toContain(expected);
  });

  test.each([
    [
      'a subordinate clause alone before the attribution states nothing',
      'When Acme Corp bought Beta Ltd, Ana Ruiz commented.',
    ],
    ['an object after the verb is no phrase of when or where', 'Acme Corp bought Beta Ltd, Ana Ruiz wrote a letter.'],
    ["the writer's next clause is not what was said", 'Ann Cole said on Monday, and Tom Hale promised to respond.'],
    [
      "a participle's phrase after the attribution is not what was said",
      'Ann Cole said on Monday, bringing the work forward by a year.',
    ],
  ])('no claim: %s', (_name, text) => {
    expect(speech(text)).toEqual([]);
  });
});

test('a clause after ", and" that speaks of the speaker as "him" is the writer\'s', () => {
  expect(
    speech('Ann Cole has said the forest should be opened up to farming, and her critics blame her for the fires.'),
  ).toEqual(['Ann Cole [say]: the forest should be opened up to farming']);
});
