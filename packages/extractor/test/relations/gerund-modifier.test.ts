// An -ing form after a comma, before a bare noun and a name that a finite verb follows, describes the noun
// (relations/gerund-modifier.ts): "mining company Rio Tinto" is the subject of "said", not the object of
// "mining". Sentences written for this test.
import { extract } from '@kg/extractor';
import { triplesOf } from './rules/triples-of.js';

test.each([
  [
    'a company described by its trade',
    'Ann Cole has resigned, mining company Rio Tinto said on Monday.',
    'Ann Cole RELATED_TO Rio Tinto',
  ],
  [
    'a name with its short form in brackets',
    'Tom Hale has retired, wrestling promotion Dorn Star Wrestling (DSW) announced yesterday.',
    'Tom Hale RELATED_TO Dorn Star Wrestling',
  ],
])('no edge from the -ing word: %s', (_name, text, absent) => {
  expect(triplesOf(text).map((t) => t.replace(/ @.*$/, ''))).not.toContain(absent);
});

test.each([
  ['an object after the comma', 'Ann Cole won the vote, beating rival Tom Hale in Dorn.', 'Ann Cole DEFEATS Tom Hale'],
  [
    'the fact before the comma',
    'Ann Cole sued Beta Corp, mining company Rio Tinto said on Monday.',
    'Ann Cole ACCUSES Beta Corp @Rio Tinto',
  ],
])('unchanged: %s', (_name, text, present) => {
  expect(triplesOf(text)).toContain(present);
});

test.each([
  [
    'a present verb after the name',
    'Ann Cole has quit, streaming service Netflix confirms.',
    'Netflix',
    'Ann Cole has quit',
  ],
  [
    'a past verb after the name',
    'Tom Hale has retired, mining company Rio Tinto said.',
    'Rio Tinto',
    'Tom Hale has retired',
  ],
])('the name speaks: %s', (_name, text, speaker, said) => {
  const r = extract(text);
  const name = new Map(r.entities.map((e) => [e.id, e.name]));
  expect(r.claims.map((c) => [name.get(c.speaker ?? ''), c.text])).toContainEqual([speaker, said]);
});
