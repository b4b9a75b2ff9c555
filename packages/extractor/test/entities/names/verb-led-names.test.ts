// A capitalised word, "the" and a capitalised word after a preposition or an article (names/verb-led-names.ts)
// name one campaign, charity or show; names, days and clause openers before "the" keep their own names.
import { namesOf as names } from '../entity-case.js';
import { triplesOf } from '../../relations/rules/triples-of.js';

test.each([
  ['Ann Cole expressed opposition to Defund the Police while Tom Hale endorsed it.', 'Defund the Police'],
  ['Supporters of Stop the Steal gathered in Atlanta.', 'Stop the Steal'],
  ['Tom Hale donated to Save the Children last year.', 'Save the Children'],
  ['Ann Cole appeared on Meet the Press on Sunday.', 'Meet the Press'],
  ['The protest was organised by Rock the Vote Action in Ohio.', 'Rock the Vote Action'],
])('%s → one name "%s"', (text, name) => {
  const all = names(text);
  expect(all).toContain(name);
  for (const piece of name.split(' the ')) expect(all).not.toContain(piece);
});

test.each([
  ['According to Reuters the Pentagon will cut jobs.', ['Pentagon', 'Reuters']],
  ['Tom Hale told Reuters the Pentagon would cut jobs.', ['Pentagon', 'Reuters', 'Tom Hale']],
  ['In Sirte the Army said it had won.', ['Army', 'Sirte']],
  ['Troops arrived in Kyiv the President said.', ['Kyiv']],
  ['The ruling came on Monday the Court said.', ['Court']],
  [
    'Tom Hale donated to Save the Children, and Ann Cole to Meet the Press.',
    ['Ann Cole', 'Meet the Press', 'Save the Children', 'Tom Hale'],
  ],
])('%s → names %j', (text, expected) => {
  expect(names(text)).toEqual(expected);
});

test('a campaign is no place anyone gathered in', () => {
  expect(triplesOf('Supporters of Stop the Steal gathered in Atlanta.')).toEqual([]);
});
