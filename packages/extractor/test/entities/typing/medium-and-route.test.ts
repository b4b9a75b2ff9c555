// Platform cues (typing/platform-cues.ts) and route cues (typing/route-places.ts): a one-word name mostly
// used as a medium is a Product; a one-word name at one end of "from … to …" whose other end is a place is a
// Place, and both ends are after a journey word. Sentences written for the test.
import { extract } from '@kg/extractor';
import { expectEntity, find, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'posted on a platform',
    text: 'The mayor posted on Chirpr that the bridge would reopen.',
    name: 'Chirpr',
    type: 'Product',
  },
  {
    rule: 'a platform before "users"',
    text: 'Many Quorra users said the update deleted their notes.',
    name: 'Quorra',
    type: 'Product',
  },
  {
    rule: 'the far end of a route is a place',
    text: 'She asked for places to eat on the drive from Kvitsund to the capital, Oslo.',
    name: 'Kvitsund',
    type: 'Place',
  },
  {
    rule: 'a journey word before a route with neither end known',
    text: 'A bus carrying pupils from Kvitsund to Brenfold overturned on Sunday.',
    name: 'Brenfold',
    type: 'Place',
  },
  {
    rule: 'a journey word before a route, the near end',
    text: 'Ann Cole flew from Kvitsund to Brenfold on Monday.',
    name: 'Kvitsund',
    type: 'Place',
  },
  {
    rule: 'where one travels to',
    text: 'Some victims were airlifted to nearby Kvitsund on Sunday.',
    name: 'Kvitsund',
    type: 'Place',
  },
];

test.each(cases)('$rule: $text', (c) => expectEntity(c));

test.each([
  // A company the text mostly names as a seller keeps its type though one mention is an account.
  ['Velmart cut prices. Velmart hired staff. A Velmart account holder complained.', 'Velmart', 'Product'],
  // Acronyms on air are broadcasters.
  ['The minister said on TVK that talks would resume.', 'TVK', 'Product'],
  // Neither end of the route is a place.
  ['She moved from Brenfold to Caskell in March.', 'Brenfold', 'Place'],
  // No journey: power, not people, passes between them.
  ['Power passed from Brenfold to Caskell in March.', 'Caskell', 'Place'],
  // Written to, not travelled to; an owner's office is the owner's.
  ['Ann Cole wrote to Caskell on Monday.', 'Caskell', 'Place'],
  ["Ann Cole flew to Caskell's office on Monday.", 'Caskell', 'Place'],
])('no retyping: %s', (text, name, type) => {
  expect(find(extract(text).entities, name)?.type).not.toBe(type);
});
