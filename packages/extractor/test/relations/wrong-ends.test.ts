// Readings a careful reader rejects: the object of an apposition's relative clause as the subject, a phone
// call as naming, a gerund given to the "on/in" phrase before it, a party adjective as employer.
import { triplesOf } from './rules/triples-of.js';

describe('wrong ends', () => {
  test.each([
    [
      'the subject is the head before the apposition, not the object of its "that" clause (whose subject it is)',
      'Acme Corp, the company that bought Beta Group, hired Ann Cole.',
      ['Acme Corp ACQUIRES Beta Group', 'Acme Corp APPOINTS Ann Cole'],
    ],
    ['calling a person to discuss is no naming', 'Ann Cole called Tom Hale to discuss the merger.', []],
    ['calling a person something names', 'Ann Cole called Tom Hale a liar.', ['Ann Cole LABELS Tom Hale']],
    [
      'a gerund after "a message on Twitter" belongs to the message',
      'Tom Hale posted a message on Twitter blaming Iran for the attack.',
      ['Tom Hale RELATED_TO Twitter'],
    ],
    ['a party adjective is no employer', 'Tom Hale, the Republican senator, won the vote.', []],
    ['a party name still is', 'Tom Hale, the Harbour Party leader, won the vote.', ['Tom Hale LEADS Harbour Party']],
    [
      'one member of a party, after an article, is a person, not the party',
      '"You were a leader," Judge Ann Cole told the 82-year-old Democrat before the sentence.',
      [],
    ],
    ['so is one that acts', 'A Republican criticised Tom Hale on Monday.', []],
    [
      "a member's word before a title names the party of the title",
      'Fellow Republican Representative Tom Hale proposed the bill.',
      ['Tom Hale WORKS_FOR Republican Party'],
    ],
    [
      'the party itself still acts',
      'The Democratic Party criticised Tom Hale on Monday.',
      ['Democratic Party CRITICIZES Tom Hale'],
    ],
  ])('%s', (_, text, expected) => {
    expect(triplesOf(text)).toEqual(expected);
  });
});
