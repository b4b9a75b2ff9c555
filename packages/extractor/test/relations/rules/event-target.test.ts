// event-target: an attack event's phrase, then its target after "on/against"; sentences written for this test.
import { triplesOf } from './triples-of.js';

describe('event-target', () => {
  test.each([
    [
      'a strike on a named place',
      'Missile strike on Harbour Bridge\n\nA missile strike on the Harbour Bridge killed two guards on Monday.',
      ['missile strike ATTACKS Harbour Bridge'],
    ],
    [
      'an attack on an unnamed place node',
      'Rocket attack on Syrian army base\n\nOn Monday, a rocket attack on a Syrian army base killed two people.',
      ['rocket attack ATTACKS Syrian army base'],
    ],
    [
      'a hunger strike against a company is no attack',
      'Hunger strike against Acme Corp\n\nWorkers began a hunger strike against Acme Corp on Monday. The hunger strike continued.',
      [],
    ],
    ['an accident attacks no one', 'Bus crash on Route 9\n\nA bus crash on Route 9 killed seven people.', []],
  ])('%s', (_name, text, expected) => {
    // (the headline and the body each state it: one line each sentence, read once here)
    expect([...new Set(triplesOf(text).filter((t) => / ATTACKS /.test(t)))]).toEqual(expected);
  });
});
