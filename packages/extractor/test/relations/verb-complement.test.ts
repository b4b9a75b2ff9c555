// complementAfter / withComplement (verb-complement.ts), seen through the edges' texts: the words after a
// verb's object that finish it ("sentenced … to life", "granted … a pardon") join its text; anything else
// leaves the verb alone.
// Sentences written for this test.
import { extract } from '../../src/index.js';

/** Each edge as "Subject <predicate text> Object". */
function edgeTexts(text: string): string[] {
  const r = extract(text);
  const name = new Map(r.entities.map((e) => [e.id, e.name]));
  return r.triples.map((t) => `${name.get(t.subject)} <${t.predicate.text}> ${name.get(t.object)}`).sort();
}

describe('verb complements', () => {
  test.each([
    [
      'to: a sentence',
      'Judge Ann Cole sentenced Tom Hale to life in prison.',
      ['Ann Cole <sentenced … to life> Tom Hale'],
    ],
    [
      'of: a gerund',
      'Ann Cole accused Tom Hale of misleading voters.',
      ['Ann Cole <accused … of misleading voters> Tom Hale'],
    ],
    [
      'for: the reason',
      'Ann Cole criticized Tom Hale for his handling of the crisis.',
      ['Ann Cole <criticized … for his handling> Tom Hale'],
    ],
    [
      'from: what was barred',
      'Norland banned Acme Corp from the national market.',
      ['Norland <banned … from the national market> Acme Corp'],
    ],
    ['with: the means', 'Norland threatened Dorn with sanctions.', ['Norland <threatened … with sanctions> Dorn']],
    [
      'on: the occasion',
      'Ann Cole congratulated Tom Hale on his victory.',
      ['Ann Cole <congratulated … on his victory> Tom Hale'],
    ],
    ['in: a state', 'Judge Ann Cole held Acme Corp in contempt of court.', ['Ann Cole <held … in contempt> Acme Corp']],
    [
      'a second object, its adjectives joined by "and"',
      'Ann Cole granted Tom Hale a full and unconditional pardon.',
      ['Ann Cole <granted … a full and unconditional pardon> Tom Hale'],
    ],
    [
      'after coordinated objects',
      'Judge Ann Cole sentenced Tom Hale and Bo Berg to ten years.',
      ['Ann Cole <sentenced … to ten years> Bo Berg', 'Ann Cole <sentenced … to ten years> Tom Hale'],
    ],
    [
      'after coordinated names set off by commas as what the phrase before them is',
      'Judge Ann Cole held two firms, Acme Corp and Beta Ltd, in contempt of court.',
      ['Ann Cole <held … in contempt> Acme Corp', 'Ann Cole <held … in contempt> Beta Ltd'],
    ],
    [
      'a sum as the second object, an infinitive after it',
      'Acme Corp agreed to pay Beta Ltd $5 million to settle the lawsuit.',
      ['Acme Corp <agreed to pay … $5 million> Beta Ltd'],
    ],
    [
      'in: placed in charge',
      'Ann Cole placed Tom Hale in charge of the inquiry.',
      ['Ann Cole <placed … in charge> Tom Hale'],
    ],
    [
      'under: a state',
      'Norland placed Tom Hale under house arrest.',
      ['Norland <placed … under house arrest> Tom Hale'],
    ],
  ])('completed: %s', (_name, text, expected) => {
    expect(edgeTexts(text)).toEqual(expected);
  });

  test.each([
    ['quoted words', 'Ann Cole accused Tom Hale of "lying".', ['Ann Cole <accused> Tom Hale']],
    [
      'an aside after the object',
      'Ann Cole sentenced Tom Hale, a local builder, to life.',
      ['Ann Cole <sentenced> Tom Hale'],
    ],
    ['a verb the phrase does not finish', 'Ann Cole met Tom Hale for lunch.', ['Ann Cole <met> Tom Hale']],
    ['a clause after the person told', 'Ann Cole told Tom Hale the plant would close.', ['Ann Cole <told> Tom Hale']],
    [
      'a phrase cut before its noun',
      'Ann Cole criticized Tom Hale for his very slow and very costly response.',
      ['Ann Cole <criticized> Tom Hale'],
    ],
    [
      'a whole too long for a predicate',
      'Ann Cole would have sentenced Tom Hale to another twelve years in prison.',
      ['Ann Cole <would have sentenced> Tom Hale'],
    ],
    ['a time after the object', 'Ann Cole congratulated Tom Hale on Monday.', ['Ann Cole <congratulated> Tom Hale']],
    ['a year after the object', 'Norland held Tom Hale in 2019.', ['Norland <held> Tom Hale']],
  ])('left alone: %s', (_name, text, expected) => {
    expect(edgeTexts(text)).toEqual(expected);
  });
});
