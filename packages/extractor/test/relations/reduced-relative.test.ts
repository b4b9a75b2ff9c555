// A relative clause without its pronoun ("The plays Ana Ruiz wrote were staged …") makes no statement or edge
// of the name inside it (relations/reduced-relative.ts).
import { speechOf } from './speech-of.js';
import { triplesOf } from './rules/triples-of.js';

test.each([
  ['the object left out', 'The plays Ana Ruiz wrote were staged in Dorn.', []],
  ['the subject of what she said left out', 'The money Ana Ruiz said was stolen belonged to Acme Corp.', []],
  ['a thing announced', 'The deal Ana Ruiz announced was worth $5 million.', []],
  // Guards: a kind noun before a name, then an -ing form; a title before the name; a clause with its subject.
  [
    'a kind noun, then an -ing form',
    'The agency PAP reported being told the deaths were caused by gas.',
    ['PAP [report]: being told the deaths were caused by gas'],
  ],
  [
    'a title before the name',
    'Acme Corp spokesman Tom Hale said the plant would close.',
    ['Tom Hale [say]: the plant would close'],
  ],
  [
    'a time before the name',
    'Last week Ana Ruiz said the plant would close.',
    ['Ana Ruiz [say]: the plant would close'],
  ],
])('%s', (_name, text, expected) => {
  expect(speechOf(text)).toEqual(expected);
});

// The parse joins the relative clause's verb to the main one ("founded bought"): the name is the subject of
// neither edge nor statement (runOnRelative).
test.each([
  ['The company Tom Hale founded bought Beta Ltd in 2019.', []],
  ['Tom Hale is rich. The company he founded bought Beta Ltd in 2019.', []],
  ['The man Ann Cole hired attacked Tom Hale.', []],
  ['The startup Ann Cole runs sued Beta Ltd.', []],
  // Guards: a kind noun before a name with one verb; an auxiliary; a light verb and its noun.
  ['The carmaker Acme Corp bought Beta Ltd.', ['Acme Corp ACQUIRES Beta Ltd']],
  ['Tom Hale got married in Dorn.', ['Tom Hale LOCATED_IN Dorn']],
  ['The Canadian city of Dorn played host to the Dorn Games.', ['Dorn Games LOCATED_IN Dorn']],
])('%s → %j', (text, expected) => {
  expect(triplesOf(text)).toEqual(expected);
});

test('nor does the name say what the noun before it said', () => {
  expect(speechOf('The firm Ann Cole founded said the plant would close.')).toEqual([]);
});

// After a preposition, the noun before the name is the object; the name is the relative clause's subject
// (relativeHead).
test.each([
  ['Acme Corp sold its plant to the firm Tom Hale founded in 2019.', []],
  ['Beta Ltd was bought by the company Tom Hale founded.', []],
  // Guards: a kind noun before the name with no verb after it.
  ['Beta Ltd was bought by the carmaker Acme Corp in 2019.', ['Acme Corp ACQUIRES Beta Ltd']],
  ['Acme Corp sold its plant to the carmaker Beta Ltd.', ['Acme Corp RELATED_TO Beta Ltd']],
])('%s → %j', (text, expected) => {
  expect(triplesOf(text)).toEqual(expected);
});
