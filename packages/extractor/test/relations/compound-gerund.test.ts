// An -ing word that neither the lexicon nor the parse of its bare form knows as a verb, before a noun, is a
// compound's modifier (relations/compound-gerund.ts): "and chipmaking tools to Norland" is no second verb of the
// clause. Sentences written for this test.
import { extract } from '@kg/extractor';
import { triplesOf } from './rules/triples-of.js';

test.each([
  [
    'a trade word after "and"',
    'Canada tightened its curbs on sales of advanced semiconductors and chipmaking tools to Russia.',
    'Canada RELATED_TO Russia',
  ],
  [
    'with a bare plural before "and"',
    'Canada limited sales of chips and chipmaking tools to Russia.',
    'Canada RELATED_TO Russia',
  ],
])('no edge from the -ing word: %s', (_name, text, absent) => {
  expect(triplesOf(text).map((t) => t.replace(/ @.*$/, ''))).not.toContain(absent);
});

test.each([
  // (guards: the bare form is a verb, so the -ing word stays one)
  ['a verb the lexicon knows', 'Ann Cole visited Dorn, criticizing officials of Acme Corp.', 'Ann Cole VISITS Dorn'],
  ['a British spelling', 'Ann Cole met Tom Hale, organising talks with Acme Corp.', 'Ann Cole MEETS Tom Hale'],
])('unchanged: %s', (_name, text, present) => {
  expect(triplesOf(text)).toContain(present);
});

test('the clause keeps its one verb and its object', () => {
  const r = extract('Canada tightened its curbs on exports of chips and chipmaking tools to Russia.');
  expect(r.triples.map((t) => t.predicate.text)).not.toContain('chipmaking tools to');
});
