// A bare clause after a verb of reporting ("X reports Y did Z", no "that") is X's claim: the triple inside
// is attributed to X, and nothing in the clause is the reporting verb's object. "has alleged ties to" is a
// hedged link, not an accusation.
import { extract } from '@kg/extractor';
import { triplesOf } from './rules/triples-of.js';

describe('reported clauses', () => {
  test.each([
    [
      'a bare complement clause after "reports" is attributed to the outlet',
      "Zelnova reports Acme Corp's director, Ann Cole, has alleged ties to the Harbour Party.",
      ['Ann Cole LEADS Acme Corp', 'Ann Cole LINKED_TO Harbour Party @Zelnova (hedged)'],
    ],
    [
      '"has alleged links" after a speaker',
      'Tom Hale said Beta Group has alleged links to the Red Brigade.',
      ['Beta Group LINKED_TO Red Brigade @Tom Hale (hedged)'],
    ],
    [
      'the verb "allege" with a clause still reports, and what is alleged is hedged (hedge-frames.ts)',
      'Tom Hale has alleged that Acme Corp attacked Beta Group.',
      ['Acme Corp ATTACKS Beta Group @Tom Hale (hedged)'],
    ],
    [
      'a coordinated subject with modifiers opens the clause, and is no object of "reported"',
      'The Daily Post reported two shops in the old town and the Star Diner in Leeds were damaged.',
      ['Star Diner LOCATED_IN Leeds'],
    ],
  ])('%s', (_, text, expected) => {
    expect(triplesOf(text, { hedged: true })).toEqual(expected);
  });
});

// A gerund right after a verb of saying that takes a clause opens what was said (chunks.ts): in "wrote denying
// Tom Hale bail violated the law" the judge wrote something; she denied nothing.
test.each([
  [
    'after "wrote"',
    'Judge Ann Cole wrote denying Tom Hale bail violated the law.',
    ['write', 'denying Tom Hale bail violated the law'],
  ],
  [
    'after "argued"',
    'Ann Cole argued banning Beta Corp would hurt Dorn.',
    ['argue', 'banning Beta Corp would hurt Dorn'],
  ],
])('the gerund opens what was said: %s', (_name, text, [verb, said]) => {
  expect(extract(text).claims.map((c) => [c.verb, c.text])).toContainEqual([verb, said]);
});
