// Number compounds before a noun ("two-time", "five-year", "30-year-old"): the words after the numeral's hyphen
// modify the noun, which is no verb (number-compounds.ts). Sentences written for this test.
import { verbGroupsOf as verbGroups } from './relations/views-of.js';
import { triplesOf } from './relations/rules/triples-of.js';

test.each([
  ['Keys beat the two-time defending champion Ana Ruiz.', ['beat']],
  ['Dorn Steel signed a five-year contract with Acme Corp.', ['signed']],
  ['A 30-year-old man attacked Tom Hale in Dorn.', ['attacked']],
  ['The three-day strike ended on Monday.', ['ended']],
  // A past form after the compound stays a verb: "the 12-year-old died".
  ['The 12-year-old died in Dorn.', ['died']],
])('%s → %j', (text, expected) => {
  expect(verbGroups(text)).toEqual(expected);
});

test("the champion after a number compound is the verb's object", () => {
  expect(triplesOf('Madison Keys beat the two-time defending champion Aryna Sabalenka in Dorn.')).toContain(
    'Madison Keys DEFEATS Aryna Sabalenka',
  );
});
