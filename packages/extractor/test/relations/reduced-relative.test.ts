// A relative clause without its pronoun ("The plays Ana Ruiz wrote were staged …") makes no statement of the
// name inside it (relations/reduced-relative.ts).
import { speechOf } from './speech-of.js';

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
