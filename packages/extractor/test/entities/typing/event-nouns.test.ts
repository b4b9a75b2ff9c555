// Event nouns (typing/event-nouns.ts): a topic phrase headed by a word for a happening is an unnamed Event
// when the article speaks of one particular happening; a class or several of them stay a Concept.
// Sentences written for this test.
import { extract } from '@kg/extractor';
import { find } from '../entity-case.js';

const typeOf = (text: string, name: string) => find(extract(text).entities, name);

test.each([
  [
    'introduced by "a", then "the"',
    'A fire broke out at the Dorn mill on Monday. Tom Hale said the fire was put out by noon.',
    'fire',
  ],
  ['definite only', 'Ann Cole attended the ceremony in Valmouth. Tom Hale said the ceremony was short.', 'ceremony'],
  [
    'a possessive names whose',
    "Officials in Karsby moved the town's election. Ann Cole said the election would wait.",
    'election',
  ],
  [
    'a year says which one',
    'Ann Cole won the 2021 election in Karsby. Tom Hale said the election was fair.',
    'election',
  ],
])('%s → Event', (_why, text, name) => {
  const e = typeOf(text, name);
  expect(e?.type).toBe('Event');
  expect(e?.unnamed).toBe(true);
});

test.each([
  ['plural: several of them', 'Ann Cole won two elections. Tom Hale said elections cost money.', 'election'],
  ['bare: a class, no particular one', 'Tom Hale said war is never the answer. Ann Cole said war costs lives.', 'war'],
  ['a second "a" is another one', 'A fire hit Dorn in May. Ann Cole said a fire hit Karsby in June.', 'fire'],
  [
    '"of" says whose it is',
    'Ann Cole spoke of the outbreak of Kestrel fever. Tom Hale said the outbreak of Kestrel fever slowed.',
    'outbreak',
  ],
  [
    'a bare "event" says no kind',
    "Dorn Rail ran an all-women crew. Dorn Rail launched this event for Women's Day. Tom Hale said the event went well.",
    'event',
  ],
  ['no happening word', 'Ann Cole praised the budget. Tom Hale said the budget was late.', 'budget'],
])('%s → not an Event', (_why, text, name) => {
  expect(typeOf(text, name)?.type).not.toBe('Event');
});

test.each([['a game standing alone', 'Dorn won the game easily. Tom Hale said the game was hard.', 'game', 'Event']])(
  '%s → %s',
  (_why, text, name, type) => {
    expect(typeOf(text, name)?.type).toBe(type);
  },
);

test.each([
  [
    'a kind word before "game" makes a made thing',
    'Ola Berg wrote the puzzle game. Ann Cole said the puzzle game sold well.',
    'puzzle game',
  ],
  [
    '"with" says with whom: two meetings',
    'Ann Cole held the meeting with Acme. Tom Hale held the meeting with Borel.',
    'meeting',
  ],
])('%s → stays a Concept', (_why, text, name) => {
  expect(typeOf(text, name)?.type).toBe('Concept');
});
