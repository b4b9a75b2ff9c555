// findTimeExpressions(): which words of a sentence are a time, and what they mean; words that only look
// like one (the modal "may", "the march", a count of people) are not.
import { extract } from '@kg/extractor';
import { findTimeExpressions } from '../../src/relations/time-expressions.js';
import { tokenise } from '../../src/tokens.js';
import nlp from 'compromise';

function times(sentence: string): string[] {
  const toks = tokenise(nlp(sentence), sentence).bySentence[0] ?? [];
  return findTimeExpressions(toks).map(
    (t) => `${sentence.slice(toks[t.from].start, toks[t.to].end)} ${JSON.stringify(t.meaning)}`,
  );
}

test.each([
  ['He left on Monday.', ['on Monday {"kind":"weekday","weekday":1,"shift":0}']],
  ['He left last Friday night.', ['last Friday night {"kind":"weekday","weekday":5,"shift":-1}']],
  ['He left yesterday.', ['yesterday {"kind":"relative","unit":"day","offset":-1}']],
  ['He left yesterday morning.', ['yesterday morning {"kind":"relative","unit":"day","offset":-1}']],
  ['She spoke tonight.', ['tonight {"kind":"relative","unit":"day","offset":0}']],
  ['Earlier this month he left.', ['Earlier this month {"kind":"relative","unit":"month","offset":0}']],
  ['He left three years ago.', ['three years ago {"kind":"relative","unit":"year","offset":-3}']],
  ['He left on March 5, 2020.', ['on March 5, 2020 {"kind":"date","month":3,"day":5,"year":2020}']],
  ['He left on 12 May.', ['on 12 May {"kind":"date","month":5,"day":12}']],
  ['He left in May.', ['in May {"kind":"date","month":5}']],
  ['He left in 1998.', ['in 1998 {"kind":"date","year":1998}']],
  ['He may leave.', []],
  ['The march was long.', []],
  ['In 2019 people left.', []],
  ['He spent the past year abroad.', []],
  // Counted from the story's own time, not the article's date.
  ['He came back the next month.', []],
  // Words that name an Object.prototype member are words like any other.
  ['The constructor hired two crews.', []],
  ['A constructor built the bridge a year ago.', ['a year ago {"kind":"relative","unit":"year","offset":-1}']],
])('%s', (sentence, expected) => {
  expect(times(sentence)).toEqual(expected);
});

test('propositions carry the time argument of their clause', () => {
  const r = extract('Norfield Holdings bought Castor Mining on Monday.', { date: '2020-03-11' });
  expect(r.propositions[0].time).toEqual({ text: 'on Monday', value: '2020-03-09' });
});
