// triples.ts: a relation inside someone's statement is theirs (attributed to the speaker), not the writer's fact;
// sentences written for this test.
import { triplesOf } from './rules/triples-of.js';

describe('attribution of relations inside a statement', () => {
  test.each([
    [
      'after "told <person> that", where the parse reads "that" into the subject\'s phrase',
      'Ann Cole told Tom Hale that Acme Corp had bought Beta Ltd.',
      'Acme Corp ACQUIRES Beta Ltd @Ann Cole',
    ],
    ['after "said that"', 'Ann Cole said that Acme Corp had bought Beta Ltd.', 'Acme Corp ACQUIRES Beta Ltd @Ann Cole'],
    [
      'after "told reporters that"',
      'Ann Cole told reporters that Acme Corp had bought Beta Ltd.',
      'Acme Corp ACQUIRES Beta Ltd @Ann Cole',
    ],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toContain(expected);
  });

  test('a demonstrative "that" opening the subject is no part of a statement (guard)', () => {
    expect(triplesOf('That company, Acme Corp, bought Beta Ltd on Monday.')).toContain('Acme Corp ACQUIRES Beta Ltd');
  });
});
