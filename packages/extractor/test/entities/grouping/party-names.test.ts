// party-names: a party member's word standing alone ("a Republican", "Democrats") is the party, joined to the
// party the article names or named as it. Sentences written for this test.
import { extract } from '@kg/extractor';

const orgs = (text: string) =>
  extract(text)
    .entities.filter((e) => e.type === 'Organization')
    .map((e) => e.name)
    .sort();

describe('party-names', () => {
  test.each([
    [
      "a member's word, no party named",
      'Fellow Republican Representative Ann Cole proposed limits in Dorn.',
      ['Republican Party'],
    ],
    [
      "a member's word before a person's name is no part of it",
      'The pardons included Democrat Tom Hale and Republican Ann Cole.',
      ['Democratic Party', 'Republican Party'],
    ],
    ['the plural', 'The bill passed in Dorn, with 31 Democrats supporting it.', ['Democratic Party']],
    [
      'joined to the party the article names',
      'Tom Hale, a Democrat, won in Dorn. The Dorn Democratic Party cheered.',
      ['Dorn Democratic Party'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });

  test('two parties of that word named: it stays as written', () => {
    const text = 'The Dorn Democratic Party and the Lisk Democratic Party met. Tom Hale, a Democrat, spoke.';
    expect(orgs(text)).toContain('Democrat');
  });

  test('the edge reaches the party', () => {
    const triples = extract('Fellow Republican Representative Ann Cole proposed limits in Dorn.');
    const party = triples.entities.find((e) => e.name === 'Republican Party')!;
    expect(triples.triples.some((t) => t.object === party.id && t.predicate.type === 'WORKS_FOR')).toBe(true);
  });
});

test.each([
  ['The pardons included Democrat Tom Hale and Republican Ann Cole.', ['Tom Hale', 'Ann Cole']],
  ['Voters in Dorn backed Liberal Democrat Jo Swan.', ['Liberal Democrat Jo Swan']],
])('party-names: the person in "%s" is named %j', (text, people) => {
  const names = extract(text)
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);
  expect(names).toEqual(people);
});
