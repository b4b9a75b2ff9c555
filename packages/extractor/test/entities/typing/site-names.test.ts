// Site names (typing/site-names.ts): a personal name only ever written before a site noun names the site.
// Sentences written for the test.
import { extract } from '@kg/extractor';
import { expectEntity, find, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'before "oil field"',
    text: 'Prime Minister Ada Berg was stranded after a visit to the Henrik Ibsvold oil field.',
    name: 'Henrik Ibsvold',
    type: 'Place',
  },
  {
    rule: 'before "mine"',
    text: 'Workers at the William Harlan mine went on strike.',
    name: 'William Harlan',
    type: 'Place',
  },
  {
    rule: 'a name typed a firm only by default, before "cathedral"',
    text: 'Crowds filled the Sainte-Maure cathedral in Karsby on Sunday.',
    name: 'Sainte-Maure',
    type: 'Place',
  },
  {
    rule: 'before "refinery"',
    text: 'Crews visited the Peter Holm refinery.',
    name: 'Peter Holm',
    type: 'Place',
  },
  {
    rule: 'a name typed a firm only by default, before "mine"',
    text: 'Velcor failed to maintain a dam at its Arqueta mine, the regulator said.',
    name: 'Arqueta',
    type: 'Place',
  },
  {
    rule: 'a statesman\'s name before "airport"',
    text: 'Two men were held at James Walker airport, one of them as he was about to board a flight to Oslo.',
    name: 'James Walker',
    type: 'Place',
  },
  {
    rule: 'a name typed a firm only by default, before "market"',
    text: 'A building collapsed near the Tavuk market, trapping dozens of workers.',
    name: 'Tavuk',
    type: 'Place',
  },
  {
    rule: 'before "stadium"',
    text: 'Fans gathered outside the Robert Kane stadium in Kelby.',
    name: 'Robert Kane',
    type: 'Place',
  },
  {
    rule: 'before "bridge"',
    text: 'Police closed the Mary Carter bridge after the crash.',
    name: 'Mary Carter',
    type: 'Place',
  },
];

test('a person named by an airport takes no pronoun and makes no edge', () => {
  const r = extract(
    'Two men were held at James Walker airport, one of them as he was about to board a flight to Oslo.',
  );
  expect(r.triples).toEqual([]);
});

test.each(cases)('$rule: $text', (c) => expectEntity(c));

test.each([
  // Also written on its own: the person the site is named after, or its owner.
  ['Workers at the William Harlan mine went on strike. William Harlan said nothing.', 'William Harlan'],
  // A title makes it a person.
  ['Crews praised Senator Peter Holm on Monday.', 'Peter Holm'],
])('stays a person: %s', (text, name) => {
  expect(find(extract(text).entities, name)?.type).toBe('Person');
});

test.each([
  // Letters name the owner ("the BHP mine"), and so does a firm some cue named.
  ['Workers at the KVX mine went on strike.', 'KVX'],
  ['The miner Velcor said output at the Velcor mine fell.', 'Velcor'],
  // The site noun is itself a modifier: the firm's market value.
  ['Shares of Dravik rose, and the Dravik market value passed $1 billion.', 'Dravik'],
])('stays a firm: %s', (text, name) => {
  expect(find(extract(text).entities, name)?.type).toBe('Organization');
});
